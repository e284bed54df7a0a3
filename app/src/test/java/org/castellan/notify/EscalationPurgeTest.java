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
import org.springframework.beans.factory.annotation.Autowired;

/** Cleared alarms and finished timed work are forgotten after a while; an active alarm's state is kept. */
class EscalationPurgeTest extends RuleTestBase {
    private static final Instant T0 = RuleScenario.T0;

    @Autowired
    EscalationRepository schedule;

    @Test
    void aClearedAlarmIsForgottenAndAnActiveOneKept() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.ALARMS).users(dispatcher).reminder(10).build());
        long cleared = RuleScenario.nextId();
        long active = RuleScenario.nextId();
        s.store(s.alarm("alarm.raised", cleared, "door.held", EventSeverity.MINOR, T0, null));
        s.store(s.alarm("alarm.raised", active, "door.held", EventSeverity.MINOR, T0, null));
        s.store(s.alarm("alarm.cleared", cleared, "door.held", EventSeverity.MINOR, T0.plusSeconds(60), null));

        schedule.purge(T0.plus(Duration.ofDays(1)));

        assertThat(schedule.state(cleared)).isEmpty();
        assertThat(schedule.state(active)).isPresent();
        escalations.fireDue(T0.plus(Duration.ofMinutes(10)));
        assertThat(s.sent()).filteredOn(m -> m.subject().startsWith("Reminder")).singleElement()
                .satisfies(m -> assertThat(m.alarmId()).isEqualTo(active));
    }
}
