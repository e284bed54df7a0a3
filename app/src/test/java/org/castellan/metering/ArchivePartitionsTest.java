package org.castellan.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many reads storing records of months that have no partition yet, at once: each month's partition is made once,
 * no store fails, and no record is left in the default partition (the races the benchmark found before V15).
 */
class ArchivePartitionsTest extends IntegrationTest {
    @Autowired
    ArchiveStore archive;
    @Autowired
    CurrentStore current;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentStoresIntoNewMonthsAllSucceedAndLandInTheMonthsPartitions() throws Exception {
        // months no other test touches: a random year far ahead
        int year = 2100 + ThreadLocalRandom.current().nextInt(800);
        int threads = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                long meterId = 9_000_000L + year * 100L + t;
                results.add(pool.submit(() -> {
                    start.await();
                    List<ArchiveEntry> entries = new ArrayList<>();
                    for (int month = 1; month <= 3; month++) {
                        entries.add(ArchivePublisherTest.entry(LocalDateTime.of(year, month, 10, 5, 0), "1.000", 0));
                    }
                    int stored = archive.store(meterId, entries);
                    current.save(meterId, java.time.Instant.parse(year + "-02-10T05:00:00Z"),
                            new CurrentEntry(LocalDateTime.of(year, 2, 10, 8, 0), List.of(70f), List.of(0.5f),
                                    List.of(1f), List.of(1f), List.of()));
                    return stored;
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(3);
            }
        }
        for (int month = 1; month <= 3; month++) {
            String name = String.format("archive_record_%d_%02d", year, month);
            assertThat(jdbc.sql("select count(*) from " + name).query(Long.class).single()).isEqualTo(threads);
        }
        assertThat(jdbc.sql("select count(*) from current_snapshot_" + year + "_02").query(Long.class).single())
                .isEqualTo(threads);
        assertThat(jdbc.sql("select count(*) from archive_record_default where extract(year from period_start) = :y")
                .param("y", year).query(Long.class).single()).isZero();
    }
}
