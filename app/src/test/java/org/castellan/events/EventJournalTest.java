package org.castellan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.org.Zone;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.Role;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The journal on the real database: batched submissions, keyset pages, every filter, a lost connection. */
class EventJournalTest extends IntegrationTest {
    private static final Instant T0 = Instant.parse("2026-03-10T06:00:00Z");

    @Autowired
    EventJournal journal;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    com.zaxxer.hikari.HikariDataSource dataSource;

    Organization org;
    Site site;
    Zone zone;
    CurrentUser viewer;

    @BeforeEach
    void organization() {
        org = fixtures.organization();
        site = fixtures.site(org);
        zone = fixtures.zone(site);
        viewer = fixtures.caller(fixtures.user(Set.of(Role.VIEWER), org));
    }

    @Test
    void submittedEventsAreStoredInOrderAndPagedByKeysetWithoutGapsOrRepeats() {
        List<CompletableFuture<Event>> futures = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            // every tenth event shares its time with the previous one: pages must break ties by id
            Instant at = T0.plusSeconds(i - (i % 10 == 9 ? 1 : 0));
            futures.add(journal.submit(NewEvent.of(org.id(), at, "test.batch", EventSeverity.INFO, "n" + i)));
        }
        List<Event> stored = futures.stream().map(CompletableFuture::join).toList();
        assertThat(stored).extracting(Event::id).isSorted().doesNotHaveDuplicates();

        List<Event> read = new ArrayList<>();
        EventFilter filter = EventFilter.latest(333).org(org.id());
        EventPage page = journal.search(viewer, filter);
        int pages = 1;
        while (true) {
            read.addAll(page.events());
            if (page.next() == null) {
                break;
            }
            page = journal.search(viewer, filter.after(EventCursor.parse(page.next())));
            pages++;
        }
        assertThat(pages).isEqualTo(8);
        assertThat(read).hasSize(2_500);
        assertThat(read).extracting(Event::id).doesNotHaveDuplicates();
        assertThat(read).isSortedAccordingTo((a, b) -> a.occurredAt().equals(b.occurredAt())
                ? Long.compare(b.id(), a.id()) : b.occurredAt().compareTo(a.occurredAt()));
    }

    @Test
    void searchFiltersBySiteZoneDevicePersonTypePrefixSeverityTextAndTime() {
        Site otherSite = fixtures.site(org);
        store(NewEvent.of(org.id(), T0, "access.granted", EventSeverity.INFO, "Иванов И.И. прошёл")
                .place(site.id(), zone.id()).person(77));
        store(NewEvent.of(org.id(), T0.plusSeconds(1), "access.denied", EventSeverity.CRITICAL, "Palm refused at gate 2")
                .place(site.id(), null).person(78));
        store(NewEvent.of(org.id(), T0.plusSeconds(2), "device.offline", EventSeverity.WARNING, "Modem 5: offline")
                .device(555_000_001L, otherSite.id(), null));
        store(NewEvent.of(org.id(), T0.plusSeconds(3), "alarm.raised", EventSeverity.MAJOR, "告警：门被强行打开")
                .place(site.id(), zone.id()).source("alarms"));
        EventFilter all = EventFilter.latest(100).org(org.id());

        assertThat(types(all.site(site.id()))).containsExactly("alarm.raised", "access.denied", "access.granted");
        assertThat(types(all.zone(zone.id()))).containsExactly("alarm.raised", "access.granted");
        assertThat(types(all.device(555_000_001L))).containsExactly("device.offline");
        assertThat(types(all.person(78L))).containsExactly("access.denied");
        assertThat(types(all.type("access.*"))).containsExactly("access.denied", "access.granted");
        assertThat(types(all.type("access.denied"))).containsExactly("access.denied");
        assertThat(types(all.type("access"))).as("without * a type is exact").isEmpty();
        assertThat(types(all.minSeverity(EventSeverity.MAJOR))).containsExactly("alarm.raised", "access.denied");
        assertThat(types(all.text("ИВАНОВ"))).as("case-insensitive, Cyrillic").containsExactly("access.granted");
        assertThat(types(all.text("强行"))).containsExactly("alarm.raised");
        assertThat(types(all.text("100%"))).as("% is a character, not a wildcard").isEmpty();
        assertThat(types(all.between(T0.plusSeconds(1), T0.plusSeconds(3))))
                .containsExactly("device.offline", "access.denied");
    }

    @Test
    void liveFiltersDecideAsTheSearchDoes() {
        List<Event> stored = List.of(
                store(NewEvent.of(org.id(), T0, "access.granted", EventSeverity.INFO, "Иванов прошёл")
                        .place(site.id(), zone.id()).person(77)),
                store(NewEvent.of(org.id(), T0.plusSeconds(1), "device.offline", EventSeverity.WARNING, "Modem 5")
                        .device(555_000_002L, site.id(), null)));
        for (EventFilter f : List.of(EventFilter.latest(10).site(site.id()), EventFilter.latest(10).zone(zone.id()),
                EventFilter.latest(10).type("device.*"), EventFilter.latest(10).text("иванов"),
                EventFilter.latest(10).minSeverity(EventSeverity.WARNING), EventFilter.latest(10).person(77L))) {
            List<Long> searched = journal.find(viewer, f.org(org.id())).stream().map(Event::id).toList();
            List<Long> matched = stored.stream().filter(f::matches).map(Event::id).toList();
            assertThat(matched).as(f.toString()).containsExactlyInAnyOrderElementsOf(searched);
        }
    }

    @Test
    void otherOrganizationsEventsAreNotFound() {
        Organization other = fixtures.organization();
        store(NewEvent.of(other.id(), T0, "test.secret", EventSeverity.INFO, "not yours"));
        assertThat(journal.find(viewer, EventFilter.latest(10).org(other.id()))).isEmpty();
        assertThat(journal.find(viewer, EventFilter.latest(10).type("test.secret"))).isEmpty();
    }

    @Test
    void aCursorThatIsNotOneIsRefusedWithItsField() {
        assertThatThrownBy(() -> EventCursor.parse("yesterday"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("after"));
    }

    @Test
    void nothingIsLostOrDoubledWhenTheDatabaseDropsEveryConnectionMidStream() throws Exception {
        String marker = fixtures.unique("outage-");
        List<CompletableFuture<Event>> futures = new CopyOnWriteArrayList<>();
        Thread producer = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 3_000; i++) {
                futures.add(journal.submit(NewEvent.of(org.id(), T0.plusMillis(i), "test.outage",
                        EventSeverity.INFO, marker + " " + i)));
            }
        });
        // the killer has a connection of its own, outside the pool whose connections it ends
        try (Connection killer = DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(),
                TestDatabase.password());
             Statement kill = killer.createStatement()) {
            for (int k = 1; k <= 3; k++) {
                int submitted = k * 700; // each time a further 700 events are in: the connections drop mid-stream
                await().atMost(Duration.ofSeconds(30)).until(() -> futures.size() >= submitted);
                kill.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname ="
                        + " current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'");
            }
        }
        producer.join();
        List<Event> stored = futures.stream().map(CompletableFuture::join).toList();
        // the pool still holds connections the database ended; one used in the last half second is handed out without
        // a check (and the meter read worker uses some every few hundred milliseconds): tell the pool, as an operator
        // would after a database restart, so that this test and the next ones get live connections
        dataSource.getHikariPoolMXBean().softEvictConnections();
        assertThat(stored).hasSize(3_000);
        Integer rows = jdbc.sql("select count(*) from event where org_id = :org and type = 'test.outage'")
                .param("org", org.id()).query(Integer.class).single();
        assertThat(rows).isEqualTo(3_000);
        Set<String> messages = new HashSet<>(jdbc.sql("select message from event where org_id = :org")
                .param("org", org.id()).query(String.class).list());
        assertThat(messages).hasSize(3_000);
    }

    private Event store(NewEvent e) {
        return journal.submit(e.data(Map.of("test", true))).join();
    }

    private List<String> types(EventFilter f) {
        return journal.find(viewer, f).stream().map(Event::type).toList();
    }
}
