package org.castellan.metering;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.link.Link;
import org.castellan.tem106.reader.MeterReader;
import org.castellan.tem106.reader.RawRecord;
import org.castellan.tem106.reader.ReaderSettings;
import org.castellan.tem106.reader.Tem106Exception;
import org.springframework.stereotype.Component;

/**
 * The TEM-106 (seed 001) through {@link MeterReader}: the configuration is read once per session; each archive record
 * costs six 64-byte reads, and the walk to a window one header read per step.
 */
@Component
public class Tem106Driver implements MeterDriver {
    public static final String MAKE = "TEM106";

    private final ReaderSettings settings;

    public Tem106Driver() {
        this(ReaderSettings.defaults());
    }

    public Tem106Driver(ReaderSettings settings) {
        this.settings = settings;
    }

    @Override
    public String make() {
        return MAKE;
    }

    @Override
    public MeterSession open(Link link, int address) {
        return new Session(new MeterReader(link, address, settings));
    }

    private static final class Session implements MeterSession {
        private final MeterReader reader;

        Session(MeterReader reader) {
            this.reader = reader;
        }

        @Override
        public MeterIdentity identify() {
            var identity = call("identify", reader::identify);
            var configuration = call("read the configuration", reader::readConfiguration);
            return new MeterIdentity(identity.model(), Long.toString(configuration.serialNumber()));
        }

        @Override
        public List<MeterSystemInfo> systems() {
            return Tem106Entries.systems(call("read the configuration", reader::readConfiguration));
        }

        @Override
        public CurrentEntry current() {
            return Tem106Entries.current(call("read current values", reader::readCurrent));
        }

        @Override
        public List<ArchiveEntry> archive(ArchiveInterval interval, LocalDateTime firstStart, LocalDateTime lastStart,
                int reportingDay) {
            var configuration = call("read the configuration", reader::readConfiguration);
            // a record is written when its period ends: ask by the writing times, up to just before the next one's
            LocalDateTime from = interval.next(firstStart);
            LocalDateTime to = interval.next(interval.next(lastStart)).minusSeconds(1);
            List<RawRecord> records = call("read the " + interval.name().toLowerCase() + " archive",
                    () -> reader.readArchiveRaw(kind(interval), from, to));
            List<ArchiveEntry> entries = new ArrayList<>();
            for (RawRecord raw : records) {
                ArchiveEntry entry = Tem106Entries.archive(raw.record(), raw.bytes(), interval, configuration,
                        reportingDay);
                if (!entry.periodStart().isBefore(firstStart) && !entry.periodStart().isAfter(lastStart)) {
                    entries.add(entry);
                }
            }
            return entries;
        }

        @Override
        public int requests() {
            return reader.requestsSent();
        }

        private static ArchiveKind kind(ArchiveInterval interval) {
            return switch (interval) {
                case HOURLY -> ArchiveKind.HOURLY;
                case DAILY -> ArchiveKind.DAILY;
                case MONTHLY -> ArchiveKind.MONTHLY;
            };
        }

        private interface Call<T> {
            T run() throws Tem106Exception;
        }

        private static <T> T call(String what, Call<T> call) {
            try {
                return call.run();
            } catch (Tem106Exception e) {
                throw new MeterReadException("could not " + what + ": " + e.getMessage(), e);
            }
        }
    }
}
