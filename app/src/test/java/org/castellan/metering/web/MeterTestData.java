package org.castellan.metering.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.Counter;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterConnection;
import org.castellan.metering.MeterForm;
import org.castellan.metering.MeterService;
import org.castellan.metering.SystemEntry;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.testsupport.Fixtures;

/**
 * Meters and archive records for the web tests, built by hand: integrators with raw parts whose exact values are
 * known ((integer + fraction) / 10^scale), so the pages and the API can be checked to the last digit.
 */
final class MeterTestData {
    private MeterTestData() {
    }

    /** A meter on a TCP line nobody answers on (a host under .invalid): its reads fail at once, its data is ours. */
    static Meter meter(MeterService meters, Fixtures fixtures, CurrentUser engineer, Organization org, Long siteId) {
        return meters.register(engineer, form(fixtures, org, siteId, fixtures.unique("Тепловой узел ")));
    }

    static MeterForm form(Fixtures fixtures, Organization org, Long siteId, String name) {
        return new MeterForm(org.id(), siteId, null, name, MeterConnection.TCP, null,
                fixtures.unique("meter-") + ".invalid", 4001, null, null, 1, "Europe/Moscow", null, "ООО Потребитель",
                "K-17", "Lenina 1", "Supplier", null, 1, 1, null, Map.of());
    }

    /** A counter of {@code integer + fraction} thousandths (comma 3): the value is exact to the fraction. */
    static Counter counter(long integer, float fraction) {
        return new Counter(integer, fraction, 3, 3,
                BigDecimal.valueOf(integer).add(new BigDecimal(Float.toString(fraction))).movePointLeft(3));
    }

    /**
     * Hourly records from {@code first} on, one per hour: system 1's energy grows by 1.5 MWh and mass by 2 t each
     * hour, t1 = 70 + i, t2 = 50.
     *
     * @param errorBits the error bits of system 1 in every record
     */
    static List<ArchiveEntry> hours(LocalDateTime first, int count, int errorBits) {
        List<ArchiveEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDateTime start = first.plusHours(i);
            SystemEntry system = new SystemEntry(1, counter(1_000_000L + 1500L * i, 0.25f),
                    counter(5_000_000L + 2000L * i, 0.5f), counter(5_100_000L + 2050L * i, 0f), 3600L * i, 0, 0, 0,
                    0, errorBits);
            entries.add(new ArchiveEntry(ArchiveInterval.HOURLY, start, start.plusHours(1), List.of(system),
                    List.of(70f + i, 50f, Float.NaN), List.of(0.6f, 0.3f), counter(7_000_000L + i, 0f), 3600L * i,
                    new byte[] {1, 2, 3}));
        }
        return entries;
    }
}
