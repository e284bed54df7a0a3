package org.castellan.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.castellan.alarms.Alarm;
import org.castellan.alarms.AlarmService;
import org.castellan.alarms.AlarmSeverity;
import org.castellan.alarms.AlarmSignal;
import org.castellan.duty.DutyService;
import org.castellan.duty.Handover;
import org.castellan.duty.Shift;
import org.castellan.duty.SituationItem;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The handover snapshot holds the organization's open alarms, acknowledged or not, and no cleared one. */
class AlarmSituationTest extends IntegrationTest {
    @Autowired
    AlarmService alarms;
    @Autowired
    DutyService duty;

    @Test
    void theOutgoingDispatcherConfirmsTheOpenAlarmsOfTheOrganization() {
        Organization org = fixtures.organization();
        Organization other = fixtures.organization();
        CurrentUser anna = fixtures.caller(fixtures.user(Set.of(Role.DISPATCHER), org));
        Instant at = Instant.parse("2026-11-22T02:00:00Z");
        Alarm forced = alarms.raise(signal(org, "site:1", "door.forced", AlarmSeverity.CRITICAL, "Дверь взломана", at));
        Alarm offline = alarms.raise(signal(org, "device:7", "device.offline", AlarmSeverity.MAJOR, "Модем 7", at));
        Alarm cleared = alarms.raise(signal(org, "device:8", "device.offline", AlarmSeverity.MAJOR, "Модем 8", at));
        alarms.raise(signal(other, "device:9", "device.offline", AlarmSeverity.MAJOR, "not ours", at));
        alarms.acknowledge(anna, offline.id());
        alarms.clear(anna, cleared.id(), "cable replaced");

        Shift shift = duty.startShift(anna, org.id());
        Handover handover = duty.confirmHandover(anna, shift.id(), "two open");
        assertThat(handover.situation()).extracting(SituationItem::kind, SituationItem::id, SituationItem::severity)
                .containsExactlyInAnyOrder(
                        tuple("alarm", forced.id(), "CRITICAL"),
                        tuple("alarm", offline.id(), "MAJOR"));
    }

    private static AlarmSignal signal(Organization org, String source, String type, AlarmSeverity severity,
                                      String title, Instant at) {
        return new AlarmSignal(org.id(), type, source, null, null, null, severity, title, Map.of(), at);
    }
}
