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

/**
 * Escalation and reminders on a controllable clock: {@link Escalations#fireDue} is called with the test's own
 * "now" (the scheduler's clock never reaches the tests' year 2100).
 */
class EscalationTimingTest extends RuleTestBase {
    private static final Instant T0 = RuleScenario.T0;

    @Test
    void stepOneIsNotNotifiedBeforeItsMinutesAndIsAtThem() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        User chief = s.person(Set.of(Role.ADMIN));
        s.rule(s.form(Subject.ALARMS).users(dispatcher).step(5, chief).build());
        long alarm = RuleScenario.nextId();
        s.store(s.alarm("alarm.raised", alarm, "device.offline", EventSeverity.MAJOR, T0, null));

        escalations.fireDue(T0.plus(Duration.ofMinutes(5)).minusSeconds(1));
        assertThat(s.sent()).extracting(Message::userId).containsExactly(dispatcher.id());

        escalations.fireDue(T0.plus(Duration.ofMinutes(5)));
        assertThat(s.sent()).extracting(Message::userId).containsExactly(dispatcher.id(), chief.id());
        assertThat(s.sent().get(1).subject()).startsWith("ESCALATION (step 1)");
        assertThat(s.sent().get(1).alarmId()).isEqualTo(alarm);
    }

    @Test
    void anAcknowledgementBeforeTheStepCancelsIt() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        User chief = s.person(Set.of(Role.ADMIN));
        s.rule(s.form(Subject.ALARMS).users(dispatcher).step(5, chief).build());
        long alarm = RuleScenario.nextId();
        s.store(s.alarm("alarm.raised", alarm, "device.offline", EventSeverity.MAJOR, T0, null));

        s.store(s.alarm("alarm.acknowledged", alarm, "device.offline", EventSeverity.MAJOR, T0.plusSeconds(240), null));
        escalations.fireDue(T0.plus(Duration.ofMinutes(30)));

        assertThat(s.sent()).extracting(Message::userId).containsExactly(dispatcher.id());
    }

    @Test
    void stepTwoFollowsAtItsOwnLaterTime() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        User engineer = s.person(Set.of(Role.ENGINEER));
        User chief = s.person(Set.of(Role.ADMIN));
        s.rule(s.form(Subject.ALARMS).users(dispatcher).step(5, engineer).step(15, chief).build());
        s.store(s.alarm("alarm.raised", RuleScenario.nextId(), "door.forced", EventSeverity.MAJOR, T0, null));

        escalations.fireDue(T0.plus(Duration.ofMinutes(5)));
        escalations.fireDue(T0.plus(Duration.ofMinutes(15)).minusSeconds(1));
        assertThat(s.sent()).extracting(Message::userId).containsExactly(dispatcher.id(), engineer.id());

        escalations.fireDue(T0.plus(Duration.ofMinutes(15)));
        assertThat(s.sent()).extracting(Message::userId).containsExactly(dispatcher.id(), engineer.id(), chief.id());
        assertThat(s.sent().get(2).subject()).startsWith("ESCALATION (step 2)");
    }

    @Test
    void anAcknowledgementBetweenStepsStopsTheLaterStep() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        User engineer = s.person(Set.of(Role.ENGINEER));
        User chief = s.person(Set.of(Role.ADMIN));
        s.rule(s.form(Subject.ALARMS).users(dispatcher).step(5, engineer).step(15, chief).build());
        long alarm = RuleScenario.nextId();
        s.store(s.alarm("alarm.raised", alarm, "door.forced", EventSeverity.MAJOR, T0, null));

        escalations.fireDue(T0.plus(Duration.ofMinutes(6)));
        s.store(s.alarm("alarm.acknowledged", alarm, "door.forced", EventSeverity.MAJOR, T0.plusSeconds(420), null));
        escalations.fireDue(T0.plus(Duration.ofMinutes(20)));

        assertThat(s.sent()).extracting(Message::userId).containsExactly(dispatcher.id(), engineer.id());
    }

    @Test
    void remindersRepeatWhileTheAlarmIsActiveAndStopWhenItClears() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.ALARMS).users(dispatcher).reminder(10).build());
        long alarm = RuleScenario.nextId();
        s.store(s.alarm("alarm.raised", alarm, "meter.abnormal", EventSeverity.MINOR, T0, null));

        escalations.fireDue(T0.plus(Duration.ofMinutes(10)).minusSeconds(1));
        assertThat(s.sent()).hasSize(1);
        escalations.fireDue(T0.plus(Duration.ofMinutes(10)));
        escalations.fireDue(T0.plus(Duration.ofMinutes(20)));
        assertThat(s.sent()).hasSize(3);
        assertThat(s.sent().subList(1, 3)).allSatisfy(m -> assertThat(m.subject()).startsWith("Reminder:"));

        s.store(s.alarm("alarm.cleared", alarm, "meter.abnormal", EventSeverity.MINOR, T0.plusSeconds(1500), null));
        escalations.fireDue(T0.plus(Duration.ofMinutes(60)));
        assertThat(s.sent()).hasSize(3);
    }

    @Test
    void anAcknowledgedAlarmIsStillRemindedOfUntilCleared() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.ALARMS).users(dispatcher).reminder(10).build());
        long alarm = RuleScenario.nextId();
        s.store(s.alarm("alarm.raised", alarm, "meter.abnormal", EventSeverity.MINOR, T0, null));
        s.store(s.alarm("alarm.acknowledged", alarm, "meter.abnormal", EventSeverity.MINOR, T0.plusSeconds(60), null));

        escalations.fireDue(T0.plus(Duration.ofMinutes(10)));

        assertThat(s.sent()).hasSize(2);
    }

    @Test
    void aReminderFiredLateIsSentOnceNotOncePerMissedPeriod() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.ALARMS).users(dispatcher).reminder(10).build());
        s.store(s.alarm("alarm.raised", RuleScenario.nextId(), "meter.abnormal", EventSeverity.MINOR, T0, null));

        escalations.fireDue(T0.plus(Duration.ofMinutes(45)));
        assertThat(s.sent()).hasSize(2);

        escalations.fireDue(T0.plus(Duration.ofMinutes(55)));
        assertThat(s.sent()).hasSize(3);
    }

    @Test
    void aRuleDisabledAfterTheAlarmWasRaisedEscalatesNoFurther() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        User chief = s.person(Set.of(Role.ADMIN));
        NotificationRule rule = s.rule(s.form(Subject.ALARMS).users(dispatcher).step(5, chief).build());
        s.store(s.alarm("alarm.raised", RuleScenario.nextId(), "duress", EventSeverity.CRITICAL, T0, null));

        service.setEnabled(org.castellan.platform.CurrentUser.system(), rule.id(), false);
        escalations.fireDue(T0.plus(Duration.ofMinutes(5)));

        assertThat(s.sent()).extracting(Message::userId).containsExactly(dispatcher.id());
    }
}
