package org.castellan.dispatch;

import java.util.List;
import org.castellan.alarms.AlarmService;
import org.castellan.duty.SituationItem;
import org.castellan.duty.SituationSource;
import org.springframework.stereotype.Component;

/**
 * The open alarms of an organization as the duty handover's situation (DB33/T 830 §4.4.1.4: the outgoing
 * dispatcher confirms the current situation): every alarm not yet cleared, with its severity and first time; an
 * acknowledged one still counts, since acknowledging is not resolving.
 */
@Component
class AlarmSituation implements SituationSource {
    private final AlarmService alarms;

    AlarmSituation(AlarmService alarms) {
        this.alarms = alarms;
    }

    @Override
    public List<SituationItem> open(long orgId) {
        return alarms.openAlarms(orgId).stream()
                .map(a -> new SituationItem("alarm", a.id(), a.title() + (a.count() > 1 ? " ×" + a.count() : ""),
                        a.severity().name(), a.firstAt()))
                .toList();
    }
}
