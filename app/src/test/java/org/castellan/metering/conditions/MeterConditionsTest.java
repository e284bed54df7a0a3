package org.castellan.metering.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.castellan.alarms.Alarm;
import org.castellan.alarms.AlarmFilter;
import org.castellan.alarms.AlarmService;
import org.castellan.devices.DeviceService;
import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.MeterError;
import org.castellan.metering.MeterRef;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The meter's own error bits and the limits set on its current values, to alarms and back (issue 6: "every
 * abnormal-situation bit to an alarm and back"), through the real journal and alarm rules on PostgreSQL.
 */
class MeterConditionsTest extends IntegrationTest {
    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    MeterConditions conditions;
    @Autowired
    AlarmService alarms;
    @Autowired
    DeviceService devices;
    @Autowired
    JdbcClient jdbc;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    final LocalDateTime hour = LocalDateTime.now().truncatedTo(ChronoUnit.HOURS).minusHours(1);
    Organization org;
    MeterRef meter;

    @BeforeEach
    void meter() {
        org = fixtures.organization();
        meter = new MeterTestData(devices, fixtures, jdbc).meter(org, fixtures.site(org));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(MeterError.class)
    void everyErrorBitRaisesItsAlarmAndTheRecordWithoutItClearsIt(MeterError error) {
        MeterCondition condition = MeterCondition.of(error);
        String source = "device:" + meter.deviceId() + "/system:1/" + condition.name();

        List<ConditionChange> raised = conditions.archiveRead(meter, MeterTestData.SYSTEMS,
                MeterTestData.hourly(hour, MeterError.bits(java.util.Set.of(error)), 0), now);

        assertThat(raised).containsExactly(new ConditionChange(1, condition, true));
        assertThat(activeRows()).containsExactly("1/" + condition.name());
        await().atMost(WAIT).untilAsserted(() -> assertThat(open()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("meter.abnormal");
            assertThat(a.sourceKey()).isEqualTo(source);
            assertThat(a.deviceId()).isEqualTo(meter.deviceId());
            assertThat(a.siteId()).isEqualTo(meter.siteId());
            assertThat(a.title()).startsWith(meter.name() + ", system 1: ").doesNotContain("metering.condition");
            assertThat(a.details()).containsEntry("condition", condition.name())
                    .containsEntry("periodStart", hour.toString());
        }));

        List<ConditionChange> ended = conditions.archiveRead(meter, MeterTestData.SYSTEMS,
                MeterTestData.hourly(hour.plusHours(1), 0, 0), now.plusSeconds(3600));

        assertThat(ended).containsExactly(new ConditionChange(1, condition, false));
        assertThat(activeRows()).isEmpty();
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(open()).isEmpty();
            assertThat(cleared()).singleElement().satisfies(a -> {
                assertThat(a.sourceKey()).isEqualTo(source);
                assertThat(a.autoCleared()).isTrue();
                assertThat(a.clearedAt()).isEqualTo(now.plusSeconds(3600));
            });
        });
    }

    @Test
    void eachBitOfEachSystemIsAnAlarmOfItsOwn() {
        int system1 = MeterError.bits(java.util.Set.of(MeterError.G1_BELOW_MIN, MeterError.POWER_OFF));
        int system2 = MeterError.bits(java.util.Set.of(MeterError.G1_BELOW_MIN));

        conditions.archiveRead(meter, MeterTestData.SYSTEMS, MeterTestData.hourly(hour, system1, system2), now);

        String device = "device:" + meter.deviceId();
        await().atMost(WAIT).untilAsserted(() -> assertThat(open()).extracting(Alarm::sourceKey)
                .containsExactlyInAnyOrder(device + "/system:1/G1_BELOW_MIN", device + "/system:1/POWER_OFF",
                        device + "/system:2/G1_BELOW_MIN"));

        conditions.archiveRead(meter, MeterTestData.SYSTEMS, MeterTestData.hourly(hour.plusHours(1),
                MeterError.bits(java.util.Set.of(MeterError.POWER_OFF)), 0), now.plusSeconds(3600));

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(open()).singleElement().satisfies(a -> {
                assertThat(a.sourceKey()).isEqualTo(device + "/system:1/POWER_OFF");
                assertThat(a.count()).as("a lasting condition is not reported again").isEqualTo(1);
            });
            assertThat(cleared()).extracting(Alarm::sourceKey).containsExactlyInAnyOrder(
                    device + "/system:1/G1_BELOW_MIN", device + "/system:2/G1_BELOW_MIN");
        });
    }

    @Test
    void theSameRecordReadAgainWritesNothing() {
        ArchiveEntry record = MeterTestData.hourly(hour, MeterError.bits(java.util.Set.of(MeterError.PRESSURE_FAULT)),
                0);
        conditions.archiveRead(meter, MeterTestData.SYSTEMS, record, now);

        List<ConditionChange> again = conditions.archiveRead(meter, MeterTestData.SYSTEMS, record, now.plusSeconds(60));

        assertThat(again).isEmpty();
        assertThat(events()).containsExactly("metering.abnormal");
        await().atMost(WAIT).untilAsserted(() -> assertThat(open()).singleElement()
                .satisfies(a -> assertThat(a.count()).isEqualTo(1)));
    }

    @Test
    void aSystemTheRecordDoesNotHoldKeepsItsConditions() {
        conditions.archiveRead(meter, MeterTestData.SYSTEMS, MeterTestData.hourly(hour, 0,
                MeterError.bits(java.util.Set.of(MeterError.TEMPERATURE_FAULT))), now);
        ArchiveEntry onlySystem1 = new ArchiveEntry(ArchiveInterval.HOURLY, hour.plusHours(1), hour.plusHours(2),
                List.of(MeterTestData.hourly(hour, 0, 0).systems().get(0)), List.of(), List.of(), null, 0, null);

        List<ConditionChange> changes = conditions.archiveRead(meter, MeterTestData.SYSTEMS, onlySystem1, now);

        assertThat(changes).isEmpty();
        assertThat(activeRows()).containsExactly("2/TEMPERATURE_FAULT");
    }

    @Test
    void concurrentReadsOfOneRecordRaiseItsConditionOnce() throws Exception {
        ArchiveEntry record = MeterTestData.hourly(hour, MeterError.bits(java.util.Set.of(MeterError.G2_ABOVE_MAX)),
                0);
        int threads = 6;
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Callable<List<ConditionChange>>> reads = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            reads.add(() -> {
                start.await();
                return conditions.archiveRead(meter, MeterTestData.SYSTEMS, record, now);
            });
        }
        List<ConditionChange> all = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (Future<List<ConditionChange>> f : pool.invokeAll(reads)) {
                all.addAll(f.get());
            }
        }

        assertThat(all).containsExactly(new ConditionChange(1, MeterCondition.G2_ABOVE_MAX, true));
        assertThat(events()).containsExactly("metering.abnormal");
        await().atMost(WAIT).untilAsserted(() -> assertThat(open()).singleElement()
                .satisfies(a -> assertThat(a.count()).isEqualTo(1)));
    }

    @Test
    void supplyTemperatureBelowItsLimitIsAnAlarmUntilItRises() {
        MeterLimits limits = MeterLimits.parse("{\"1\": {\"tMin\": 60, \"tMax\": 110}}");

        List<ConditionChange> raised = conditions.currentRead(meter, MeterTestData.SYSTEMS, limits,
                MeterTestData.current(List.of(55.5f, 40f, 70f, 50f), List.of(1f, 1f, 1f)), now);

        assertThat(raised).containsExactly(new ConditionChange(1, MeterCondition.T1_BELOW_LIMIT, true));
        await().atMost(WAIT).untilAsserted(() -> assertThat(open()).singleElement().satisfies(a -> {
            assertThat(a.sourceKey()).isEqualTo("device:" + meter.deviceId() + "/system:1/T1_BELOW_LIMIT");
            assertThat(a.title()).isEqualTo(meter.name() + ", system 1: supply temperature below limit");
            assertThat(a.details()).containsEntry("value", 55.5).containsEntry("limit", 60);
        }));

        List<ConditionChange> ended = conditions.currentRead(meter, MeterTestData.SYSTEMS, limits,
                MeterTestData.current(List.of(60f, 40f, 70f, 50f), List.of(1f, 1f, 1f)), now.plusSeconds(600));

        assertThat(ended).as("exactly at the limit is within it")
                .containsExactly(new ConditionChange(1, MeterCondition.T1_BELOW_LIMIT, false));
        await().atMost(WAIT).untilAsserted(() -> assertThat(open()).isEmpty());
    }

    @Test
    void eachLimitIsJudgedOnItsSystemsOwnChannels() {
        MeterLimits limits = MeterLimits.parse("""
                {"1": {"tMax": 95, "gMin": 0.5, "dtMin": 10}, "2": {"gMax": 4, "dtMin": 30}}""");

        // system 1: t1 = ch1 100 > 95, G = ch1 0.4 < 0.5, Δt = 100 - 92 = 8 < 10
        // system 2: t1 = ch3 70, t2 = ch4 45 (Δt 25 < 30), G = flow ch3 4.5 > 4
        List<ConditionChange> raised = conditions.currentRead(meter, MeterTestData.SYSTEMS, limits,
                MeterTestData.current(List.of(100f, 92f, 70f, 45f), List.of(0.4f, 9f, 4.5f)), now);

        assertThat(raised).containsExactly(
                new ConditionChange(1, MeterCondition.T1_ABOVE_LIMIT, true),
                new ConditionChange(1, MeterCondition.G_BELOW_LIMIT, true),
                new ConditionChange(1, MeterCondition.DELTA_T_BELOW_LIMIT, true),
                new ConditionChange(2, MeterCondition.G_ABOVE_LIMIT, true),
                new ConditionChange(2, MeterCondition.DELTA_T_BELOW_LIMIT, true));
        await().atMost(WAIT).untilAsserted(() -> assertThat(open()).hasSize(5));
    }

    @Test
    void aValueTheReadingLacksLeavesItsConditionAndARemovedLimitEndsIt() {
        MeterLimits limits = MeterLimits.parse("{\"2\": {\"gMax\": 4}}");
        conditions.currentRead(meter, MeterTestData.SYSTEMS, limits,
                MeterTestData.current(List.of(70f, 50f, 70f, 50f), List.of(1f, 1f, 9f)), now);

        List<ConditionChange> noFlow = conditions.currentRead(meter, MeterTestData.SYSTEMS, limits,
                MeterTestData.current(List.of(70f, 50f, 70f, 50f), List.of(1f, 1f, Float.NaN)), now);
        List<ConditionChange> noLimit = conditions.currentRead(meter, MeterTestData.SYSTEMS, MeterLimits.NONE,
                MeterTestData.current(List.of(70f, 50f, 70f, 50f), List.of(1f, 1f, 9f)), now);

        assertThat(noFlow).isEmpty();
        assertThat(noLimit).containsExactly(new ConditionChange(2, MeterCondition.G_ABOVE_LIMIT, false));
        assertThat(events()).containsExactly("metering.abnormal", "metering.normal");
    }

    @Test
    void limitsAndErrorBitsDoNotEndEachOthersConditions() {
        conditions.archiveRead(meter, MeterTestData.SYSTEMS, MeterTestData.hourly(hour,
                MeterError.bits(java.util.Set.of(MeterError.G1_ABOVE_MAX)), 0), now);
        conditions.currentRead(meter, MeterTestData.SYSTEMS, new MeterLimits(Map.of(1,
                        new SystemLimits(null, null, null, new BigDecimal("5"), null))),
                MeterTestData.current(List.of(70f, 50f, 70f, 50f), List.of(6f, 1f, 1f)), now);

        List<ConditionChange> fromCurrent = conditions.currentRead(meter, MeterTestData.SYSTEMS, MeterLimits.NONE,
                MeterTestData.current(List.of(70f, 50f, 70f, 50f), List.of(1f, 1f, 1f)), now);

        assertThat(fromCurrent).containsExactly(new ConditionChange(1, MeterCondition.G_ABOVE_LIMIT, false));
        assertThat(activeRows()).containsExactly("1/G1_ABOVE_MAX");
    }

    private List<Alarm> open() {
        return alarms.active(CurrentUser.system(), new AlarmFilter(org.id(), null, null, null));
    }

    private List<Alarm> cleared() {
        return alarms.recent(CurrentUser.system(), new AlarmFilter(org.id(), null, null, null));
    }

    /** Active rows as {@code system/condition}. */
    private List<String> activeRows() {
        return jdbc.sql("select system || '/' || condition from meter_condition where meter_id = :meter order by 1")
                .param("meter", meter.meterId()).query(String.class).list();
    }

    /** The meter's metering events, oldest first. */
    private List<String> events() {
        return jdbc.sql("select type from event where device_id = :device and type like 'metering.%' order by id")
                .param("device", meter.deviceId()).query(String.class).list();
    }
}
