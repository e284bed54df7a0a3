package org.castellan.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.castellan.events.Event;
import org.castellan.events.EventFilter;
import org.castellan.events.EventJournal;
import org.castellan.events.EventSeverity;
import org.castellan.org.Organization;
import org.castellan.platform.ConflictException;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.ForbiddenException;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Deduplication and counters, acknowledged and cleared independent, reasons, roles, scope, journal entries. */
class AlarmLifecycleTest extends IntegrationTest {
    @Autowired
    AlarmService alarms;
    @Autowired
    EventJournal journal;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void aRepeatIncrementsTheCounterAndUpdatesTheAlarmInsteadOfAddingOne() {
        Organization org = fixtures.organization();
        Alarm first = alarms.raise(signal(org, "device:1", AlarmSeverity.MINOR, "first", now));

        Alarm repeat = alarms.raise(signal(org, "device:1", AlarmSeverity.MAJOR, "second", now.plusSeconds(60)));

        assertThat(repeat.id()).isEqualTo(first.id());
        assertThat(repeat.count()).isEqualTo(2);
        assertThat(repeat.severity()).isEqualTo(AlarmSeverity.MAJOR);
        assertThat(repeat.title()).isEqualTo("second");
        assertThat(repeat.firstAt()).isEqualTo(now);
        assertThat(repeat.lastAt()).isEqualTo(now.plusSeconds(60));
        assertThat(alarms.active(CurrentUser.system(), filter(org))).hasSize(1);
    }

    @Test
    void anotherSourceOrTypeIsAnotherAlarm() {
        Organization org = fixtures.organization();
        alarms.raise(signal(org, "device:1", AlarmSeverity.MINOR, "a", now));
        alarms.raise(signal(org, "device:2", AlarmSeverity.MINOR, "b", now));
        alarms.raise(new AlarmSignal(org.id(), "door.held", "device:1", null, null, null, AlarmSeverity.MAJOR, "c",
                Map.of(), now));

        assertThat(alarms.active(CurrentUser.system(), filter(org))).hasSize(3);
    }

    @Test
    void concurrentRepeatsMakeOneAlarmCountingEveryOne() throws Exception {
        Organization org = fixtures.organization();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Alarm>> results = IntStream.range(0, threads).mapToObj(i -> pool.submit(() -> {
                start.await();
                return alarms.raise(signal(org, "device:7", AlarmSeverity.MAJOR, "race", now));
            })).toList();
            start.countDown();
            for (Future<Alarm> f : results) {
                f.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
        assertThat(alarms.active(CurrentUser.system(), filter(org))).singleElement()
                .satisfies(a -> assertThat(a.count()).isEqualTo(threads));
    }

    @Test
    void anAcknowledgedAlarmStaysActive() {
        Organization org = fixtures.organization();
        CurrentUser dispatcher = dispatcher(org);
        Alarm alarm = alarms.raise(signal(org, "device:1", AlarmSeverity.MAJOR, "a", now));

        Alarm acknowledged = alarms.acknowledge(dispatcher, alarm.id());

        assertThat(acknowledged.acknowledged()).isTrue();
        assertThat(acknowledged.acknowledgedBy()).isEqualTo(dispatcher.id());
        assertThat(acknowledged.active()).isTrue();
        assertThat(alarms.active(dispatcher, filter(org))).extracting(Alarm::id).containsExactly(alarm.id());
    }

    @Test
    void aClearedAlarmStillWaitsForAcknowledgement() {
        Organization org = fixtures.organization();
        CurrentUser dispatcher = dispatcher(org);
        Alarm alarm = alarms.raise(signal(org, "device:1", AlarmSeverity.MAJOR, "a", now));

        Alarm cleared = alarms.clear(dispatcher, alarm.id(), "sensor replaced");

        assertThat(cleared.active()).isFalse();
        assertThat(cleared.acknowledged()).isFalse();
        assertThat(cleared.clearReason()).isEqualTo("sensor replaced");
        assertThat(cleared.autoCleared()).isFalse();
        assertThat(alarms.acknowledge(dispatcher, alarm.id()).acknowledged()).isTrue();
    }

    @Test
    void acknowledgedAndClearedTogetherLeavesNothingOpen() {
        Organization org = fixtures.organization();
        CurrentUser dispatcher = dispatcher(org);
        Alarm alarm = alarms.raise(signal(org, "device:1", AlarmSeverity.MAJOR, "a", now));

        alarms.acknowledge(dispatcher, alarm.id());
        Alarm done = alarms.clear(dispatcher, alarm.id(), "done");

        assertThat(done.acknowledged()).isTrue();
        assertThat(done.active()).isFalse();
        assertThat(alarms.active(dispatcher, filter(org))).isEmpty();
        assertThat(alarms.recent(dispatcher, filter(org))).extracting(Alarm::id).containsExactly(alarm.id());
    }

    @Test
    void theConditionAfterAClearedAlarmIsANewAlarm() {
        Organization org = fixtures.organization();
        Alarm old = alarms.raise(signal(org, "device:1", AlarmSeverity.MAJOR, "a", now));
        alarms.conditionEnded(org.id(), "device:1", "test.kind", now.plusSeconds(10));

        Alarm again = alarms.raise(signal(org, "device:1", AlarmSeverity.MAJOR, "a", now.plusSeconds(20)));

        assertThat(again.id()).isNotEqualTo(old.id());
        assertThat(again.count()).isEqualTo(1);
    }

    @Test
    void aManualClearNeedsAReason() {
        Organization org = fixtures.organization();
        Alarm alarm = alarms.raise(signal(org, "device:1", AlarmSeverity.MAJOR, "a", now));

        assertThatThrownBy(() -> alarms.clear(dispatcher(org), alarm.id(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("reason")));
        assertThat(alarms.alarm(CurrentUser.system(), alarm.id()).active()).isTrue();
    }

    @Test
    void clearingAClearedAlarmIsAConflict() {
        Organization org = fixtures.organization();
        CurrentUser dispatcher = dispatcher(org);
        Alarm alarm = alarms.raise(signal(org, "device:1", AlarmSeverity.MAJOR, "a", now));
        alarms.clear(dispatcher, alarm.id(), "done");

        assertThatThrownBy(() -> alarms.clear(dispatcher, alarm.id(), "again"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void everyChangeIsJournalledWithTheAlarmsPayload() {
        Organization org = fixtures.organization();
        CurrentUser dispatcher = dispatcher(org);
        Alarm alarm = alarms.raise(signal(org, "device:1", AlarmSeverity.CRITICAL, "a", now));
        alarms.raise(signal(org, "device:1", AlarmSeverity.CRITICAL, "a", now));
        alarms.acknowledge(dispatcher, alarm.id());
        alarms.comment(dispatcher, alarm.id(), "on my way");
        alarms.assign(dispatcher, alarm.id(), dispatcher.id());
        alarms.clear(dispatcher, alarm.id(), "fixed");

        List<Event> events = journal.find(CurrentUser.system(), EventFilter.latest(20).org(org.id()).type("alarm.*"))
                .reversed();

        assertThat(events).extracting(Event::type).containsExactly("alarm.raised", "alarm.repeated",
                "alarm.acknowledged", "alarm.commented", "alarm.assigned", "alarm.cleared");
        assertThat(events).extracting(Event::severity).containsExactly(EventSeverity.CRITICAL,
                EventSeverity.CRITICAL, EventSeverity.INFO, EventSeverity.INFO, EventSeverity.INFO, EventSeverity.INFO);
        assertThat(events.get(1).data()).containsEntry("alarmId", (int) alarm.id()).containsEntry("alarmType", "test.kind")
                .containsEntry("alarmSeverity", "CRITICAL").containsEntry("count", 2)
                .containsEntry("sourceKey", "device:1");
        assertThat(events.get(5).data()).containsEntry("reason", "fixed").containsEntry("automatic", false);
    }

    @Test
    void anAutomaticClearIsJournalledAsAutomatic() {
        Organization org = fixtures.organization();
        alarms.raise(signal(org, "device:1", AlarmSeverity.MAJOR, "a", now));

        alarms.conditionEnded(org.id(), "device:1", "test.kind", now.plusSeconds(5));

        assertThat(journal.find(CurrentUser.system(), EventFilter.latest(1).org(org.id()).type("alarm.cleared")))
                .singleElement().satisfies(e -> assertThat(e.data()).containsEntry("automatic", true));
    }

    @Test
    void anotherOrganizationsAlarmIsNotFound() {
        Organization mine = fixtures.organization();
        Organization theirs = fixtures.organization();
        CurrentUser dispatcher = dispatcher(mine);
        Alarm theirAlarm = alarms.raise(signal(theirs, "device:1", AlarmSeverity.MAJOR, "a", now));

        assertThatThrownBy(() -> alarms.alarm(dispatcher, theirAlarm.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> alarms.acknowledge(dispatcher, theirAlarm.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> alarms.clear(dispatcher, theirAlarm.id(), "x")).isInstanceOf(NotFoundException.class);
        assertThat(alarms.active(dispatcher, AlarmFilter.all())).extracting(Alarm::orgId).doesNotContain(theirs.id());
    }

    @Test
    void aViewerReadsButCannotActAndAnEngineerMayComment() {
        Organization org = fixtures.organization();
        CurrentUser viewer = fixtures.caller(fixtures.user(Set.of(Role.VIEWER), org));
        CurrentUser engineer = fixtures.caller(fixtures.user(Set.of(Role.ENGINEER), org));
        Alarm alarm = alarms.raise(signal(org, "device:1", AlarmSeverity.MAJOR, "a", now));

        assertThat(alarms.alarm(viewer, alarm.id()).id()).isEqualTo(alarm.id());
        assertThatThrownBy(() -> alarms.acknowledge(viewer, alarm.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> alarms.comment(viewer, alarm.id(), "x")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> alarms.clear(engineer, alarm.id(), "x")).isInstanceOf(ForbiddenException.class);
        alarms.comment(engineer, alarm.id(), "checked the wiring");
        assertThat(alarms.comments(viewer, alarm.id())).extracting(AlarmComment::text)
                .containsExactly("checked the wiring");
    }

    @Test
    void anAlarmCannotBeAssignedToSomeoneOutsideItsOrganization() {
        Organization org = fixtures.organization();
        CurrentUser stranger = dispatcher(fixtures.organization());
        Alarm alarm = alarms.raise(signal(org, "device:1", AlarmSeverity.MAJOR, "a", now));

        assertThatThrownBy(() -> alarms.assign(dispatcher(org), alarm.id(), stranger.id()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void activeAlarmsAreSortedBySeverityThenOldestFirst() {
        Organization org = fixtures.organization();
        Alarm minorOld = alarms.raise(signal(org, "device:1", AlarmSeverity.MINOR, "a", now.minusSeconds(600)));
        Alarm criticalNew = alarms.raise(signal(org, "device:2", AlarmSeverity.CRITICAL, "b", now));
        Alarm criticalOld = alarms.raise(signal(org, "device:3", AlarmSeverity.CRITICAL, "c", now.minusSeconds(60)));
        Alarm warning = alarms.raise(signal(org, "device:4", AlarmSeverity.WARNING, "d", now.minusSeconds(900)));

        assertThat(alarms.active(CurrentUser.system(), filter(org))).extracting(Alarm::id)
                .containsExactly(criticalOld.id(), criticalNew.id(), minorOld.id(), warning.id());
        assertThat(alarms.openAlarms(org.id())).hasSize(4);
    }

    @Test
    void aManualAlarmIsRaisedByTheDispatcherAndAudited() {
        Organization org = fixtures.organization();
        CurrentUser dispatcher = dispatcher(org);

        Alarm manual = alarms.manual(dispatcher, AlarmTestData.manual(org, fixtures.site(org), AlarmSeverity.MINOR,
                "Water on the floor"));

        assertThat(manual.type()).isEqualTo(AlarmService.MANUAL);
        assertThat(manual.sourceKey()).startsWith("manual:");
        assertThat(manual.raisedBy()).isEqualTo(dispatcher.id());
        assertThat(alarms.manual(dispatcher, AlarmTestData.manual(org, null, AlarmSeverity.MINOR,
                "Water on the floor")).id()).isNotEqualTo(manual.id());
    }

    private CurrentUser dispatcher(Organization org) {
        return fixtures.caller(fixtures.user(Set.of(Role.DISPATCHER), org));
    }

    private static AlarmSignal signal(Organization org, String source, AlarmSeverity severity, String title,
                                      Instant at) {
        return new AlarmSignal(org.id(), "test.kind", source, null, null, null, severity, title, Map.of(), at);
    }

    private static AlarmFilter filter(Organization org) {
        return new AlarmFilter(org.id(), null, null, null);
    }
}
