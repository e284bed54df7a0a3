package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.castellan.events.EventSeverity;
import org.castellan.notify.NotificationRule.Subject;
import org.castellan.platform.Role;
import org.castellan.users.User;
import org.junit.jupiter.api.Test;

/** Flapping suppression: an alarm is announced only when it is still not cleared after the rule's grace period. */
class RuleGraceTest extends RuleTestBase {
    private static final Instant T0 = RuleScenario.T0;

    @Test
    void anAlarmClearedWithinGraceIsRecordedAsSuppressedAndNeverSent() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.ALARMS, "device.offline").users(dispatcher).grace(60).build());
        long alarm = RuleScenario.nextId();
        s.store(s.alarm("alarm.raised", alarm, "device.offline", EventSeverity.MAJOR, T0, null));

        s.store(s.alarm("alarm.cleared", alarm, "device.offline", EventSeverity.MAJOR, T0.plusSeconds(20), null));
        escalations.fireDue(T0.plus(Duration.ofMinutes(5)));

        assertThat(s.sent()).isEmpty();
        assertThat(s.suppressed()).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo("grace");
            assertThat(x.message().userId()).isEqualTo(dispatcher.id());
            assertThat(x.message().alarmId()).isEqualTo(alarm);
        });
    }

    @Test
    void anAlarmStillActiveAfterGraceIsSentThenAndNotBefore() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.ALARMS, "device.offline").users(dispatcher).grace(60).build());
        s.store(s.alarm("alarm.raised", RuleScenario.nextId(), "device.offline", EventSeverity.MAJOR, T0, null));

        escalations.fireDue(T0.plusSeconds(59));
        assertThat(s.sent()).isEmpty();

        escalations.fireDue(T0.plusSeconds(60));
        assertThat(s.sent()).singleElement().satisfies(m -> assertThat(m.subject()).contains("Device offline"));
        assertThat(s.suppressed()).isEmpty();
    }

    @Test
    void aClearAfterTheGraceMessageWasSentSuppressesNothing() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.ALARMS).users(dispatcher).grace(60).build());
        long alarm = RuleScenario.nextId();
        s.store(s.alarm("alarm.raised", alarm, "device.offline", EventSeverity.MAJOR, T0, null));
        escalations.fireDue(T0.plusSeconds(60));

        s.store(s.alarm("alarm.cleared", alarm, "device.offline", EventSeverity.MAJOR, T0.plusSeconds(90), null));

        assertThat(s.sent()).hasSize(1);
        assertThat(s.suppressed()).isEmpty();
    }
}
