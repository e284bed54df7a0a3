package org.castellan.metering.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.castellan.alarms.Alarm;
import org.castellan.alarms.AlarmFilter;
import org.castellan.alarms.AlarmService;
import org.castellan.devices.DeviceService;
import org.castellan.metering.MeterRef;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Silence and stale archives, judged by {@link MeterConditions#check} at a given time. The application's own watch
 * runs meanwhile on the real clock, so every meter here is placed relative to the real time, with margins of many
 * minutes: both watches then agree, and the test asserts the state they agree on rather than which of them wrote it.
 */
class MeterWatchTest extends IntegrationTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final Duration LONG = Duration.ofDays(100);

    @Autowired
    MeterConditions conditions;
    @Autowired
    AlarmService alarms;
    @Autowired
    DeviceService devices;
    @Autowired
    JdbcClient jdbc;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    MeterTestData data;
    Organization org;

    @BeforeEach
    void org() {
        data = new MeterTestData(devices, fixtures, jdbc);
        org = fixtures.organization();
    }

    @Test
    void aMeterNotReadForLongerThanItsPlanAllowsIsSilentUntilARead() {
        long plan = data.plan(org, Duration.ofHours(1), LONG, null);
        MeterRef meter = data.meter(org, null, plan, "Europe/Moscow", now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofMinutes(70)));

        conditions.check(now);

        assertThat(activeRows(meter)).containsExactly("0/SILENT");
        await().atMost(WAIT).untilAsserted(() -> assertThat(open()).singleElement().satisfies(a -> {
            assertThat(a.sourceKey()).isEqualTo("device:" + meter.deviceId() + "/SILENT");
            assertThat(a.title()).isEqualTo(meter.name() + ": no successful read");
            assertThat(a.details()).containsEntry("silentAfter", "PT1H");
        }));

        data.lastSuccess(meter.meterId(), now);
        List<ConditionChange> read = conditions.readSucceeded(meter, now);
        conditions.check(now);

        assertThat(read).containsExactly(new ConditionChange(0, MeterCondition.SILENT, false));
        assertThat(activeRows(meter)).isEmpty();
        assertThat(events(meter)).containsExactly("metering.abnormal", "metering.normal");
        await().atMost(WAIT).untilAsserted(() -> assertThat(open()).isEmpty());
    }

    @Test
    void silenceIsCountedFromTheLastSuccessfulReadOrFromCreationWhenNeverRead() {
        long plan = data.plan(org, Duration.ofHours(1), LONG, null);
        Instant longAgo = now.minus(Duration.ofDays(3));
        MeterRef recent = data.meter(org, null, plan, "Europe/Moscow", longAgo, now.minus(Duration.ofMinutes(50)));
        MeterRef neverRead = data.meter(org, null, plan, "Europe/Moscow", now.minus(Duration.ofMinutes(70)), null);
        MeterRef newNeverRead = data.meter(org, null, plan, "Europe/Moscow", now.minus(Duration.ofMinutes(50)), null);

        conditions.check(now);

        assertThat(activeRows(recent)).isEmpty();
        assertThat(activeRows(neverRead)).containsExactly("0/SILENT");
        assertThat(activeRows(newNeverRead)).isEmpty();
    }

    @Test
    void aMeterWithoutAPlanIsNeverSilentAndLosingItsPlanEndsTheCondition() {
        long plan = data.plan(org, Duration.ofHours(1), LONG, null);
        Instant longAgo = now.minus(Duration.ofDays(3));
        MeterRef unplanned = data.meter(org, null, null, "Europe/Moscow", longAgo, longAgo);
        MeterRef planned = data.meter(org, null, plan, "Europe/Moscow", longAgo, longAgo);
        conditions.check(now);
        assertThat(activeRows(planned)).containsExactly("0/SILENT");

        jdbc.sql("update meter set plan_id = null where id = :id").param("id", planned.meterId()).update();
        conditions.check(now);

        assertThat(activeRows(unplanned)).isEmpty();
        assertThat(events(unplanned)).isEmpty();
        assertThat(activeRows(planned)).isEmpty();
        assertThat(events(planned)).containsExactly("metering.abnormal", "metering.normal");
    }

    @Test
    void theNewestHourlyRecordIsStaleByItsEndInTheMetersTimeZone() {
        long plan = data.plan(org, LONG, Duration.ofHours(3), Duration.ofHours(1));
        // UTC+5: wall time 5 h ago (floored to the hour) ended 4..5 h ago — stale; read as UTC it would seem to end
        // in the future
        MeterRef east = data.meter(org, null, plan, "Etc/GMT-5", now.minus(Duration.ofDays(3)), now);
        data.storeHourly(east.meterId(), wallTime(now.minus(Duration.ofHours(5)), "Etc/GMT-5"));
        // UTC−5: wall time 2 h ago ended 1..2 h ago — fresh; read as UTC it would seem 6..7 h old
        MeterRef west = data.meter(org, null, plan, "Etc/GMT+5", now.minus(Duration.ofDays(3)), now);
        data.storeHourly(west.meterId(), wallTime(now.minus(Duration.ofHours(2)), "Etc/GMT+5"));
        data.storeHourly(west.meterId(), wallTime(now.minus(Duration.ofHours(30)), "Etc/GMT+5"));

        conditions.check(now);

        assertThat(activeRows(east)).containsExactly("0/STALE");
        assertThat(activeRows(west)).isEmpty();
        await().atMost(WAIT).untilAsserted(() -> assertThat(open()).singleElement().satisfies(a -> {
            assertThat(a.sourceKey()).isEqualTo("device:" + east.deviceId() + "/STALE");
            assertThat(a.title()).isEqualTo(east.name() + ": hourly archive out of date");
        }));

        data.storeHourly(east.meterId(), wallTime(now.minus(Duration.ofMinutes(90)), "Etc/GMT-5"));
        conditions.check(now);

        assertThat(activeRows(east)).isEmpty();
        assertThat(events(east)).containsExactly("metering.abnormal", "metering.normal");
        await().atMost(WAIT).untilAsserted(() -> assertThat(open()).isEmpty());
    }

    @Test
    void aMeterWithoutAnyHourlyRecordIsStaleOnceItExistsLongerThanAllowed() {
        long plan = data.plan(org, LONG, Duration.ofHours(3), Duration.ofHours(1));
        MeterRef old = data.meter(org, null, plan, "Europe/Moscow", now.minus(Duration.ofHours(4)), now);
        MeterRef young = data.meter(org, null, plan, "Europe/Moscow", now.minus(Duration.ofHours(2)), now);

        conditions.check(now);

        assertThat(activeRows(old)).containsExactly("0/STALE");
        assertThat(activeRows(young)).isEmpty();
    }

    @Test
    void aPlanThatDoesNotReadHourlyArchivesNeverMakesThemStale() {
        long plan = data.plan(org, LONG, Duration.ofHours(3), null);
        MeterRef meter = data.meter(org, null, plan, "Europe/Moscow", now.minus(Duration.ofDays(3)), now);
        data.storeHourly(meter.meterId(), wallTime(now.minus(Duration.ofDays(2)), "Europe/Moscow"));

        conditions.check(now);

        assertThat(activeRows(meter)).isEmpty();
        assertThat(events(meter)).isEmpty();
    }

    @Test
    void checkingAgainAtTheSameTimeWritesNothing() {
        long plan = data.plan(org, Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(1));
        Instant longAgo = now.minus(Duration.ofDays(3));
        MeterRef meter = data.meter(org, null, plan, "Europe/Moscow", longAgo, longAgo);
        conditions.check(now);

        assertThat(conditions.check(now)).doesNotContainKey(meter.meterId());
        assertThat(activeRows(meter)).containsExactly("0/SILENT", "0/STALE");
        assertThat(events(meter)).containsExactly("metering.abnormal", "metering.abnormal");
    }

    private static LocalDateTime wallTime(Instant at, String zone) {
        return LocalDateTime.ofInstant(at, ZoneId.of(zone)).truncatedTo(ChronoUnit.HOURS);
    }

    private List<Alarm> open() {
        return alarms.active(CurrentUser.system(), new AlarmFilter(org.id(), null, null, null));
    }

    private List<String> activeRows(MeterRef meter) {
        return jdbc.sql("select system || '/' || condition from meter_condition where meter_id = :meter order by 1")
                .param("meter", meter.meterId()).query(String.class).list();
    }

    private List<String> events(MeterRef meter) {
        return jdbc.sql("select type from event where device_id = :device and type like 'metering.%' order by id")
                .param("device", meter.deviceId()).query(String.class).list();
    }
}
