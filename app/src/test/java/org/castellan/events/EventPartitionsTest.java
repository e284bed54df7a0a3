package org.castellan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class EventPartitionsTest extends IntegrationTest {
    @Autowired
    EventJournal journal;
    @Autowired
    EventPartitions partitions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void currentAndNextMonthPartitionsExistAfterStart() {
        LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        assertThat(partitionOf(month)).isNotNull();
        assertThat(partitionOf(month.plusMonths(1))).isNotNull();
    }

    @Test
    void anEventFromAClockFarAheadIsKeptAndMovesIntoItsMonthWhenThePartitionIsCreated() {
        Organization org = fixtures.organization();
        Instant farAhead = LocalDate.of(2031, 3, 15).atStartOfDay(ZoneOffset.UTC).toInstant();
        Event stored = journal.append(NewEvent.of(org.id(), farAhead, "test.clock", EventSeverity.INFO, "device clock runs ahead")
                .source("test").data(Map.of("drift", "years")));
        assertThat(tableHolding(stored.id())).isEqualTo("event_default");

        String created = partitions.ensure(LocalDate.of(2031, 3, 1));

        assertThat(created).isEqualTo("event_2031_03");
        assertThat(tableHolding(stored.id())).isEqualTo("event_2031_03");
        var found = journal.find(CurrentUser.system(), EventFilter.latest(10).org(org.id()).type("test.clock"));
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.occurredAt()).isEqualTo(farAhead);
            assertThat(e.data()).containsEntry("drift", "years");
        });
    }

    @Test
    void ensuringAnExistingPartitionIsHarmless() {
        LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        assertThat(partitions.ensure(month)).isEqualTo(partitions.ensure(month));
    }

    private String partitionOf(LocalDate month) {
        return jdbc.sql("select to_regclass(:n)::text").param("n", String.format("event_%d_%02d", month.getYear(),
                month.getMonthValue())).query(String.class).optional().orElse(null);
    }

    private String tableHolding(long eventId) {
        return jdbc.sql("select tableoid::regclass::text from event where id = :id").param("id", eventId)
                .query(String.class).single();
    }
}
