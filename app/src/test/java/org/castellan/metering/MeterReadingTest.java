package org.castellan.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.alarms.AlarmFilter;
import org.castellan.alarms.AlarmService;
import org.castellan.metering.conditions.MeterConditions;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.TcpEmulator;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.tem106.link.TcpLink;
import org.castellan.tem106.reader.MeterReader;
import org.castellan.tem106.reader.RawRecord;
import org.castellan.tem106.reader.ReaderSettings;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads of an emulated TEM-106 over TCP through the real worker: identify on registration, an hourly catch-up that
 * stores exactly what the meter holds, a re-read that asks for exactly the missing records, idempotent re-ingest, and
 * current values with the meter's clock offset.
 */
class MeterReadingTest extends IntegrationTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    MeterService meters;
    @Autowired
    ArchiveStore archive;
    @Autowired
    CurrentStore current;
    @Autowired
    ReadQueue queue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterConditions conditions;
    @Autowired
    AlarmService alarms;

    private TcpEmulator emulator;
    private VirtualMeter virtual;
    private CurrentUser engineer;
    private Organization org;

    @BeforeEach
    void meter() throws Exception {
        virtual = new VirtualMeter(MeterProfile.defaults().withAddress(7).withSerialNumber(106_777)
                .withStart(LocalDateTime.now(MOSCOW)).withHistory(Duration.ofDays(2)), Clock.systemUTC());
        emulator = TcpEmulator.startOnLoopback(virtual, 0);
        org = fixtures.organization();
        engineer = fixtures.caller(fixtures.user(Set.of(Role.ENGINEER), org));
    }

    @AfterEach
    void close() throws Exception {
        emulator.close();
    }

    private Meter register(Long planId) {
        return meters.register(engineer, new MeterForm(org.id(), null, null, fixtures.unique("Meter"),
                MeterConnection.TCP, null, "127.0.0.1", emulator.port(), null, null, 7, "Europe/Moscow", planId,
                "Consumer", "K-1", "Lenina 1", "Supplier", null, 1, 1, null, Map.of()));
    }

    private PollPlan plan(int hourlyDepth) {
        return meters.createPlan(engineer, new PollPlanForm(org.id(), fixtures.unique("Plan"), null, null, hourlyDepth,
                null, null, null, null, null, null, false, 3, null, null, null));
    }

    private ReadJob finished(ReadJob job) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> queue.job(job.id()).orElseThrow(),
                ReadJob::finished);
    }

    @Test
    void registeringIdentifiesTheMeterAndItsSystems() {
        Meter meter = register(null);
        await().atMost(Duration.ofSeconds(30)).until(() -> meters.meter(engineer, meter.id()).identifiedAt() != null);
        Meter identified = meters.meter(engineer, meter.id());
        assertThat(identified.model()).isEqualTo(VirtualMeter.MODEL);
        assertThat(identified.serialNumber()).isEqualTo("106777");
        assertThat(identified.systems()).extracting(MeterSystemInfo::type)
                .containsExactly("SUPPLY_WITH_FLOW_METER", "HOT_WATER_CIRCULATING");
        assertThat(identified.lastSuccessAt()).isNotNull();
    }

    @Test
    void anHourlyReadStoresWhatTheMeterHoldsAndARereadAsksOnlyForTheMissingRecords() throws Exception {
        Meter meter = register(plan(24).id());
        ReadJob first = finished(meters.readNow(engineer, meter.id(), ReadKind.HOURLY));
        assertThat(first.state()).as(String.valueOf(first.error())).isEqualTo("DONE");
        assertThat(first.records()).isEqualTo(24);
        assertThat(first.total()).isEqualTo(24);
        List<ArchiveEntry> stored = archive.newest(meter.id(), ArchiveInterval.HOURLY, 100).reversed();
        assertThat(stored).hasSize(24);
        for (int i = 1; i < stored.size(); i++) {
            assertThat(stored.get(i).periodStart()).isEqualTo(stored.get(i - 1).periodStart().plusHours(1));
        }

        // what the meter holds, read independently: the same bytes and the same integrators
        LocalDateTime from = stored.getFirst().periodStart().plusHours(1);
        LocalDateTime to = stored.getLast().periodStart().plusHours(1);
        List<RawRecord> direct;
        try (TcpLink link = TcpLink.connect("127.0.0.1", emulator.port(), Duration.ofSeconds(5))) {
            direct = new MeterReader(link, 7, ReaderSettings.defaults()).readArchiveRaw(ArchiveKind.HOURLY, from,
                    to.plusMinutes(59));
        }
        assertThat(direct).hasSize(24);
        for (int i = 0; i < 24; i++) {
            assertThat(stored.get(i).raw()).isEqualTo(direct.get(i).bytes());
            assertThat(stored.get(i).system(1).orElseThrow().energy().value())
                    .isEqualByComparingTo(direct.get(i).record().system(1).energy().value());
        }

        // lose five hours: three in a row and two apart
        List<LocalDateTime> lost = List.of(stored.get(3).periodStart(), stored.get(4).periodStart(),
                stored.get(5).periodStart(), stored.get(10).periodStart(), stored.get(20).periodStart());
        for (LocalDateTime start : lost) {
            jdbc.sql("delete from archive_record where meter_id = :m and period_start = :p")
                    .param("m", meter.id()).param("p", start).update();
        }
        ReadJob reread = finished(meters.readNow(engineer, meter.id(), ReadKind.HOURLY));
        assertThat(reread.state()).isEqualTo("DONE");
        assertThat(reread.total()).as("periods asked for").isEqualTo(5);
        assertThat(reread.records()).isEqualTo(5);
        List<ArchiveEntry> again = archive.entries(meter.id(), ArchiveInterval.HOURLY, stored.getFirst().periodStart(),
                stored.getLast().periodStart());
        assertThat(again).hasSize(24);
        for (int i = 0; i < 24; i++) {
            assertThat(again.get(i).raw()).isEqualTo(stored.get(i).raw());
        }

        // the same records once more: nothing new, nothing changed
        assertThat(archive.store(meter.id(), stored)).isZero();
        assertThat(archive.counts(meter.id()).get(ArchiveInterval.HOURLY)).isEqualTo(24);
    }

    @Test
    void aFirstArchiveReadOfAMeterWhoseClockIsBehindAsksOnlyForHoursItHasClosed() throws Exception {
        emulator.close();
        emulator = TcpEmulator.startOnLoopback(new VirtualMeter(MeterProfile.defaults().withAddress(7)
                .withStart(LocalDateTime.now(MOSCOW).minusHours(3)).withHistory(Duration.ofDays(2)),
                Clock.systemUTC()), 0);
        Meter meter = register(plan(24).id());
        ReadJob job = finished(meters.readNow(engineer, meter.id(), ReadKind.HOURLY));
        assertThat(job.state()).as(String.valueOf(job.error())).isEqualTo("DONE");
        assertThat(job.records()).isEqualTo(job.total()).isEqualTo(24);
        assertThat(jdbc.sql("select count(*) from archive_gap_attempt where meter_id = :m").param("m", meter.id())
                .query(Long.class).single()).as("no hour asked for that the meter had not closed").isZero();
        assertThat(meters.meter(engineer, meter.id()).clockOffsetSeconds()).isBetween(-3 * 3600L - 60, -3 * 3600L + 60);
    }

    @Test
    void currentValuesAreKeptWithTheMetersClockOffset() {
        Meter meter = register(null);
        ReadJob job = finished(meters.readNow(engineer, meter.id(), ReadKind.CURRENT));
        assertThat(job.state()).as(String.valueOf(job.error())).isEqualTo("DONE");
        CurrentStore.Snapshot snapshot = current.latest(meter.id()).orElseThrow();
        assertThat(snapshot.values().temperatures()).hasSize(7);
        assertThat(snapshot.values().temperatures().getFirst()).isBetween(20f, 150f);
        Meter read = meters.meter(engineer, meter.id());
        assertThat(read.clockOffsetSeconds()).isNotNull();
        assertThat(Math.abs(read.clockOffsetSeconds())).isLessThan(10);
    }

    @Test
    void removingAMeterClearsTheAlarmsOfItsConditions() {
        Meter meter = register(null);
        await().atMost(Duration.ofSeconds(30)).until(() -> meters.meter(engineer, meter.id()).identifiedAt() != null);
        Meter identified = meters.meter(engineer, meter.id());
        ArchiveEntry faulty = ArchivePublisherTest.entry(LocalDateTime.now(MOSCOW).minusHours(1).withMinute(0)
                .withSecond(0).withNano(0), "10.000", 1 << MeterError.POWER_OFF.ordinal());
        conditions.archiveRead(identified.ref(), identified.systems(), faulty, java.time.Instant.now());
        AlarmFilter mine = new AlarmFilter(org.id(), null, null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> alarms.active(CurrentUser.system(), mine).size() == 1);

        meters.delete(engineer, meter.id());
        await().atMost(Duration.ofSeconds(20)).until(() -> alarms.active(CurrentUser.system(), mine).isEmpty());
        assertThat(archive.counts(meter.id()).values()).containsOnly(0L);
    }

    @Test
    void aMeterThatDoesNotAnswerFailsWithTheReasonAfterItsAttempts() throws Exception {
        emulator.close();
        Meter meter = register(null);
        ReadJob job = meters.readNow(engineer, meter.id(), ReadKind.CURRENT);
        await().atMost(Duration.ofSeconds(30)).until(() -> queue.job(job.id()).orElseThrow().error() != null);
        ReadJob failed = queue.job(job.id()).orElseThrow();
        assertThat(failed.error()).contains("cannot connect to 127.0.0.1:" + emulator.port());
        assertThat(meters.meter(engineer, meter.id()).lastError()).contains("cannot connect");
        assertThat(InetAddress.getLoopbackAddress()).isNotNull();
    }
}
