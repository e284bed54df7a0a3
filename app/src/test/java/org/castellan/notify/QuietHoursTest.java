package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.castellan.events.EventSeverity;
import org.castellan.notify.NotificationRule.Subject;
import org.castellan.platform.Role;
import org.castellan.users.User;
import org.junit.jupiter.api.Test;

/** Quiet hours: held back (recorded as suppressed "quiet") inside, sent outside, critical always sent. */
class QuietHoursTest extends RuleTestBase {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void quietHoursSpanningMidnightCoverTheLateEveningAndTheEarlyMorningOnly() {
        QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), MOSCOW);

        assertThat(night.covers(moscow("2100-01-04T22:00"))).isTrue();
        assertThat(night.covers(moscow("2100-01-04T23:59"))).isTrue();
        assertThat(night.covers(moscow("2100-01-05T00:00"))).isTrue();
        assertThat(night.covers(moscow("2100-01-05T06:59"))).isTrue();
        assertThat(night.covers(moscow("2100-01-05T07:00"))).isFalse();
        assertThat(night.covers(moscow("2100-01-04T21:59"))).isFalse();
        assertThat(night.covers(moscow("2100-01-04T12:00"))).isFalse();
    }

    @Test
    void quietHoursWithinOneDayCoverFromTheirStartToJustBeforeTheirEnd() {
        QuietHours lunch = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0), MOSCOW);

        assertThat(lunch.covers(moscow("2100-01-04T12:59"))).isFalse();
        assertThat(lunch.covers(moscow("2100-01-04T13:00"))).isTrue();
        assertThat(lunch.covers(moscow("2100-01-04T13:59"))).isTrue();
        assertThat(lunch.covers(moscow("2100-01-04T14:00"))).isFalse();
    }

    @Test
    void aMessageInsideQuietHoursIsRecordedAsSuppressedNotSent() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.EVENTS).users(dispatcher).quiet("22:00", "07:00", "Europe/Moscow").build());

        s.store(s.event("device.offline", EventSeverity.MAJOR, moscow("2100-01-05T02:30"), null, null, Map.of()));

        assertThat(s.sent()).isEmpty();
        assertThat(s.suppressed()).singleElement().satisfies(x -> assertThat(x.reason()).isEqualTo("quiet"));
    }

    @Test
    void aMessageOutsideQuietHoursIsSent() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.EVENTS).users(dispatcher).quiet("22:00", "07:00", "Europe/Moscow").build());

        s.store(s.event("device.offline", EventSeverity.MAJOR, moscow("2100-01-05T07:00"), null, null, Map.of()));

        assertThat(s.sent()).hasSize(1);
        assertThat(s.suppressed()).isEmpty();
    }

    @Test
    void aCriticalMessagePassesThroughQuietHours() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.ALARMS).users(dispatcher).quiet("22:00", "07:00", "Europe/Moscow").build());

        s.store(s.alarm("alarm.raised", RuleScenario.nextId(), "duress", EventSeverity.CRITICAL,
                moscow("2100-01-05T03:00"), null));

        assertThat(s.sent()).hasSize(1);
        assertThat(s.suppressed()).isEmpty();
    }

    @Test
    void quietHoursWithoutAZoneAreKeptInTheOrganizationsZone() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        NotificationRule rule = s.rule(s.form(Subject.EVENTS).users(dispatcher).quiet("22:00", "07:00", "").build());

        assertThat(rule.quietHours().zone()).isEqualTo(ZoneId.of(s.org.timeZone()));
    }

    private static Instant moscow(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(MOSCOW).toInstant();
    }
}
