package org.castellan.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event journal's monthly partitions ahead of time: the current and the next month (UTC), at start and
 * every day. Creating a partition is idempotent (see the SQL function in migration V4), so several application
 * nodes may all do it.
 */
@Component
@Order(-100)
class EventPartitions implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(EventPartitions.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    EventPartitions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Before the other start-up tasks, which may already append events. */
    @Override
    public void run(ApplicationArguments args) {
        ensureAhead();
    }

    @Scheduled(cron = "0 7 0 * * *", zone = "UTC")
    void daily() {
        ensureAhead();
    }

    void ensureAhead() {
        LocalDate month = LocalDate.now(clock.withZone(ZoneOffset.UTC)).withDayOfMonth(1);
        ensure(month);
        ensure(month.plusMonths(1));
    }

    String ensure(LocalDate month) {
        String name = jdbc.sql("select castellan_ensure_event_partition(:m)").param("m", month)
                .query(String.class).single();
        log.debug("Event partition {} is in place", name);
        return name;
    }
}
