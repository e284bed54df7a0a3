package org.castellan.metering.statement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.MeterSystemInfo;
import org.castellan.metering.Tem106Entries;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.emulator.MeterConnection;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.tem106.link.InMemoryLink;
import org.castellan.tem106.meter.Configuration;
import org.castellan.tem106.meter.Integrator;
import org.castellan.tem106.reader.MeterReader;
import org.castellan.tem106.reader.RawRecord;
import org.castellan.tem106.reader.ReaderSettings;

/**
 * A TEM-106 emulator with 40 days of history on a fixed clock (its "now" is 2016-03-02 14:15:33), read by the real
 * reader over an in-memory link: the records a statement is made from, each with the raw record it came from so a
 * test can compute the expected figures from the integrators' integer and fraction parts on its own.
 */
final class EmulatedArchive implements AutoCloseable {
    static final ReaderSettings SETTINGS = new ReaderSettings(Duration.ofMillis(800),
            ReaderSettings.SPEC_INTER_BYTE_LIMIT, 3);

    private final MeterConnection connection;
    private final Thread thread;
    private final MeterReader reader;
    private final Configuration configuration;

    EmulatedArchive() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        VirtualMeter meter = new VirtualMeter(MeterProfile.defaults().withHistory(Duration.ofDays(40)), clock);
        InMemoryLink.Pair link = InMemoryLink.pair();
        connection = new MeterConnection(meter, link.meter());
        thread = Thread.ofVirtual().name("statement-test-meter").start(connection);
        reader = new MeterReader(link.master(), meter.address(), SETTINGS);
        configuration = reader.readConfiguration();
    }

    List<MeterSystemInfo> systems() {
        return Tem106Entries.systems(configuration);
    }

    /** The daily records of the days {@code from}..{@code to}: each written at the midnight after its day. */
    List<RawRecord> days(LocalDate from, LocalDate to) throws Exception {
        return reader.readArchiveRaw(ArchiveKind.DAILY, from.plusDays(1).atStartOfDay(),
                to.plusDays(1).atStartOfDay());
    }

    /** The hourly records of the hours {@code from}..{@code to}: each written at the end of its hour. */
    List<RawRecord> hours(LocalDateTime from, LocalDateTime to) throws Exception {
        return reader.readArchiveRaw(ArchiveKind.HOURLY, from.plusHours(1), to.plusHours(1));
    }

    ArchiveEntry entry(RawRecord raw, ArchiveInterval interval) {
        return Tem106Entries.archive(raw.record(), raw.bytes(), interval, configuration, 1);
    }

    /** (integer + fraction) / k, computed here from the raw parts, independently of the production code. */
    static BigDecimal value(Integrator i) {
        return new BigDecimal(i.integer()).add(new BigDecimal(Float.toString(i.fraction())))
                .divide(BigDecimal.valueOf(i.coefficient()));
    }

    @Override
    public void close() throws InterruptedException {
        connection.stop();
        thread.join(Duration.ofSeconds(5));
    }
}
