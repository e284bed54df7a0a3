package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.castellan.events.EventJournal;
import org.castellan.events.EventSeverity;
import org.castellan.events.NewEvent;
import org.castellan.notify.NotificationRule.Subject;
import org.castellan.org.Site;
import org.castellan.platform.Role;
import org.castellan.users.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Which events and alarms a rule takes: kind (exact or prefix), minimum severity, site, enabled, organization. */
class RuleMatchingTest extends RuleTestBase {
    @Autowired
    EventJournal journal;

    @Test
    void anEventRuleTakesItsExactKindOnly() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.EVENTS, "device.offline").users(dispatcher).build());

        s.store(s.event("device.offline", EventSeverity.MAJOR, RuleScenario.T0, null, null, Map.of()));
        s.store(s.event("device.offline.again", EventSeverity.MAJOR, RuleScenario.T0, null, null, Map.of()));
        s.store(s.event("device.online", EventSeverity.MAJOR, RuleScenario.T0, null, null, Map.of()));

        assertThat(s.sent()).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(ChannelKind.EMAIL);
            assertThat(m.userId()).isEqualTo(dispatcher.id());
            assertThat(m.payload()).containsEntry("type", "device.offline");
        });
    }

    @Test
    void aPrefixKindTakesEveryKindStartingWithIt() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.EVENTS, "access.*").users(dispatcher).build());

        s.store(s.event("access.duress", EventSeverity.CRITICAL, RuleScenario.T0, null, null, Map.of()));
        s.store(s.event("access.door_forced", EventSeverity.MAJOR, RuleScenario.T0, null, null, Map.of()));
        s.store(s.event("accessory.added", EventSeverity.MAJOR, RuleScenario.T0, null, null, Map.of()));

        assertThat(s.sent()).extracting(m -> m.payload().get("type"))
                .containsExactly("access.duress", "access.door_forced");
    }

    @Test
    void anAlarmRuleMatchesTheAlarmTypeAndItsSeverityNotTheLifecycleEventKind() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.ALARMS, "door.*").users(dispatcher).severity(EventSeverity.MAJOR).build());

        s.store(s.alarm("alarm.raised", RuleScenario.nextId(), "door.forced", EventSeverity.MAJOR, RuleScenario.T0, null));
        s.store(s.alarm("alarm.raised", RuleScenario.nextId(), "door.held", EventSeverity.MINOR, RuleScenario.T0, null));
        s.store(s.alarm("alarm.raised", RuleScenario.nextId(), "duress", EventSeverity.CRITICAL, RuleScenario.T0, null));

        assertThat(s.sent()).extracting(m -> m.payload().get("type")).containsExactly("door.forced");
    }

    @Test
    void eventsBelowTheMinimumSeverityAreNotTaken() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.EVENTS).users(dispatcher).severity(EventSeverity.MAJOR).build());

        s.store(s.event("modem.gpi", EventSeverity.MINOR, RuleScenario.T0, null, null, Map.of()));
        s.store(s.event("modem.gpi", EventSeverity.MAJOR, RuleScenario.T0, null, null, Map.of()));
        s.store(s.event("modem.gpi", EventSeverity.CRITICAL, RuleScenario.T0, null, null, Map.of()));

        assertThat(s.sent()).extracting(m -> m.payload().get("severity")).containsExactly("MAJOR", "CRITICAL");
    }

    @Test
    void aRuleForOneSiteTakesOnlyThatSitesEvents() {
        RuleScenario s = scenario();
        Site boilerHouse = fixtures.site(s.org);
        Site office = fixtures.site(s.org);
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.EVENTS).users(dispatcher).site(boilerHouse.id()).build());

        s.store(s.event("device.offline", EventSeverity.MAJOR, RuleScenario.T0, office.id(), null, Map.of()));
        s.store(s.event("device.offline", EventSeverity.MAJOR, RuleScenario.T0, null, null, Map.of()));
        s.store(s.event("device.offline", EventSeverity.MAJOR, RuleScenario.T0, boilerHouse.id(), null, Map.of()));

        assertThat(s.sent()).singleElement().satisfies(m -> assertThat(((Number) m.payload().get("siteId")).longValue())
                .isEqualTo(boilerHouse.id()));
    }

    @Test
    void aDisabledRuleTakesNothing() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.EVENTS).users(dispatcher).disabled().build());

        s.store(s.event("device.offline", EventSeverity.CRITICAL, RuleScenario.T0, null, null, Map.of()));

        assertThat(s.sent()).isEmpty();
    }

    @Test
    void aRuleTakesNothingOfAnotherOrganization() {
        RuleScenario mine = scenario();
        RuleScenario theirs = scenario();
        mine.rule(mine.form(Subject.EVENTS).users(mine.person(Set.of(Role.DISPATCHER))).build());

        theirs.store(theirs.event("device.offline", EventSeverity.CRITICAL, RuleScenario.T0, null, null, Map.of()));

        assertThat(mine.sent()).isEmpty();
        assertThat(theirs.sent()).isEmpty();
    }

    @Test
    void anEventAppendedToTheJournalReachesTheRulesAfterCommit() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.EVENTS, "metering.abnormal").users(dispatcher).build());

        journal.submit(NewEvent.of(s.org.id(), Instant.now(), "metering.abnormal", EventSeverity.MAJOR,
                "Heat meter: flow below minimum").source("metering"));

        await().atMost(Duration.ofSeconds(10)).until(() -> s.sent().size() == 1);
        assertThat(s.sent().get(0).body()).contains("Heat meter: flow below minimum");
        assertThat(s.sent().get(0).eventId()).isNotNull();
    }
}
