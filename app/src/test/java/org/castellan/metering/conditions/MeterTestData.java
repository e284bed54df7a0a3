package org.castellan.metering.conditions;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.castellan.devices.Device;
import org.castellan.devices.DeviceForm;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceService;
import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.Counter;
import org.castellan.metering.CurrentEntry;
import org.castellan.metering.MeterRef;
import org.castellan.metering.MeterSystemInfo;
import org.castellan.metering.SystemEntry;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.CurrentUser;
import org.castellan.testsupport.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Meters, plans and readings the condition tests start from: a {@code HEAT_METER} device through the device service
 * and a {@code meter} row on a TCP line of its own (no modem needed), in SQL as the meter service would write it.
 */
final class MeterTestData {
    /** Two systems as a TEM-106 has them: flow channels 1 and 2, temperature channels 1/2 and 3/4. */
    static final List<MeterSystemInfo> SYSTEMS = List.of(
            new MeterSystemInfo(1, "SUPPLY_RETURN", List.of(1, 2), List.of(1, 2), List.of(1, 2), 3f, 3),
            new MeterSystemInfo(2, "SUPPLY", List.of(3), List.of(3, 4), List.of(), 3f, 3));
    private static final Counter ZERO = new Counter(0, 0f, 3, 3, BigDecimal.ZERO);

    private final DeviceService devices;
    private final Fixtures fixtures;
    private final JdbcClient jdbc;

    MeterTestData(DeviceService devices, Fixtures fixtures, JdbcClient jdbc) {
        this.devices = devices;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    /** A meter without a plan (the watch leaves it alone), created now. */
    MeterRef meter(Organization org, Site site) {
        return meter(org, site, null, "Europe/Moscow", Instant.now(), null);
    }

    MeterRef meter(Organization org, Site site, Long planId, String timeZone, Instant createdAt, Instant lastSuccess) {
        Device device = devices.create(CurrentUser.system(), new DeviceForm(org.id(), site == null ? null : site.id(),
                null, DeviceKind.HEAT_METER, fixtures.unique("Heat meter "), fixtures.unique("tem-"), Map.of()));
        String host = fixtures.unique("meters-") + ".test";
        long meterId = jdbc.sql("""
                insert into meter (device_id, connection, host, port, address, line, time_zone, plan_id, created_at,
                                   last_success_at)
                values (:device, 'TCP', :host, 4001, 1, :line, :zone, :plan, :created, :success)
                returning id""")
                .param("device", device.id()).param("host", host).param("line", "tcp:" + host + ":4001")
                .param("zone", timeZone).param("plan", planId).param("created", Timestamp.from(createdAt))
                .param("success", lastSuccess == null ? null : Timestamp.from(lastSuccess))
                .query(Long.class).single();
        return new MeterRef(meterId, device.id(), org.id(), device.siteId(), device.zoneId(), device.name());
    }

    /** A plan; {@code hourlyEvery} null: it does not read hourly archives. */
    long plan(Organization org, Duration silentAfter, Duration staleAfter, Duration hourlyEvery) {
        return jdbc.sql("""
                insert into poll_plan (org_id, name, hourly_every, silent_after, stale_after)
                values (:org, :name, cast(:hourly as interval), cast(:silent as interval), cast(:stale as interval))
                returning id""")
                .param("org", org.id()).param("name", fixtures.unique("Plan "))
                .param("hourly", hourlyEvery == null ? null : hourlyEvery.getSeconds() + " seconds")
                .param("silent", silentAfter.getSeconds() + " seconds")
                .param("stale", staleAfter.getSeconds() + " seconds")
                .query(Long.class).single();
    }

    /** Stores an hourly record of the meter starting at {@code periodStart}, its wall-clock time. */
    void storeHourly(long meterId, LocalDateTime periodStart) {
        jdbc.sql("""
                insert into archive_record (meter_id, interval_kind, period_start, written_at, systems, temperatures,
                                            pressures, powered_s, raw)
                values (:meter, 'HOURLY', :start, :written, '[]'::jsonb, '{}', '{}', 0, ''::bytea)""")
                .param("meter", meterId).param("start", periodStart).param("written", periodStart.plusHours(1))
                .update();
    }

    void lastSuccess(long meterId, Instant at) {
        jdbc.sql("update meter set last_success_at = :at where id = :id").param("id", meterId)
                .param("at", Timestamp.from(at)).update();
    }

    /** An hourly record whose systems 1 and 2 flag {@code bits1} and {@code bits2}. */
    static ArchiveEntry hourly(LocalDateTime periodStart, int bits1, int bits2) {
        return new ArchiveEntry(ArchiveInterval.HOURLY, periodStart, periodStart.plusHours(1),
                List.of(system(1, bits1), system(2, bits2)), List.of(70f, 50f, 65f, 45f), List.of(0.6f, 0.3f), null,
                3600, null);
    }

    /** Current values: temperatures per channel 1..4 and volume flows per channel 1..3. */
    static CurrentEntry current(List<Float> temperatures, List<Float> volumeFlows) {
        return new CurrentEntry(LocalDateTime.now(), temperatures, List.of(), volumeFlows, List.of(), List.of());
    }

    private static SystemEntry system(int number, int bits) {
        return new SystemEntry(number, ZERO, ZERO, ZERO, 3600, 0, 0, 0, 0, bits);
    }
}
