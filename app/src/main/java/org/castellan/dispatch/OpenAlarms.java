package org.castellan.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.castellan.alarms.Alarm;
import org.castellan.alarms.AlarmFilter;
import org.castellan.alarms.AlarmService;
import org.castellan.alarms.AlarmSeverity;
import org.castellan.platform.CurrentUser;
import org.springframework.stereotype.Component;

/** Open alarms per site for the site tree's colours, from the alarms service. */
@Component
class OpenAlarms {
    private final AlarmService alarms;

    OpenAlarms(AlarmService alarms) {
        this.alarms = alarms;
    }

    List<SiteHealth.AlarmCount> counts(CurrentUser user) {
        Map<List<Long>, int[]> bySite = new LinkedHashMap<>();
        for (Alarm a : alarms.active(user, AlarmFilter.all())) {
            int[] cell = bySite.computeIfAbsent(java.util.Arrays.asList(a.orgId(), a.siteId()), k -> new int[2]);
            cell[0]++;
            if (a.severity().compareTo(AlarmSeverity.MAJOR) >= 0) {
                cell[1]++;
            }
        }
        List<SiteHealth.AlarmCount> counts = new ArrayList<>();
        bySite.forEach((key, cell) -> counts.add(new SiteHealth.AlarmCount(key.get(0), key.get(1), cell[0],
                cell[1] > 0)));
        return counts;
    }
}
