package org.castellan.metering.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.Counter;
import org.castellan.metering.CurrentStore;
import org.castellan.metering.SystemEntry;

/**
 * An archive record over the API. Integrators carry the raw parts as the meter sent them (integer, fraction, comma,
 * scale) and the exact decimal value as a string, so a client never meets a binary float rounding of an energy
 * figure and can audit each value against the meter. Times of the period are the meter's wall-clock time.
 * Temperatures and pressures the meter reported as no number are null.
 *
 * @param poweredSeconds cumulative time with power on
 * @param errorBits      the errors flagged in any system during the period; {@code errors} names them
 */
public record ArchiveJson(ArchiveInterval interval, LocalDateTime periodStart, LocalDateTime writtenAt,
        List<SystemJson> systems, List<Float> temperatures, List<Float> pressures, CounterJson totalEnergy,
        long poweredSeconds, int errorBits, List<String> errors) {

    /** A cumulative integrator: raw parts and exact value ({@link Counter}). */
    public record CounterJson(long integer, String fraction, int comma, int scale, String value) {
        static CounterJson of(Counter c) {
            return c == null ? null : new CounterJson(c.integer(), Float.toString(c.fraction()), c.comma(), c.scale(),
                    c.value().toPlainString());
        }
    }

    /** One system's part of the record ({@link SystemEntry}); times in seconds. */
    public record SystemJson(int number, CounterJson energy, CounterJson mass, CounterJson volume,
            long operatingSeconds, long flowBelowMinSeconds, long flowAboveMaxSeconds, long deltaTBelowMinSeconds,
            long technicalFaultSeconds, int errorBits, List<String> errors) {
        static SystemJson of(SystemEntry s) {
            return new SystemJson(s.number(), CounterJson.of(s.energy()), CounterJson.of(s.mass()),
                    CounterJson.of(s.volume()), s.operating(), s.flowBelowMin(), s.flowAboveMax(), s.deltaTBelowMin(),
                    s.technicalFault(), s.errorBits(), ArchiveRow.errorNames(s.errorBits()));
        }
    }

    /** A current-values snapshot over the API: per channel 1.., null where the meter reported no number. */
    public record CurrentJson(long meterId, Instant takenAt, LocalDateTime meterClock, List<Float> temperatures,
            List<Float> pressures, List<Float> volumeFlows, List<Float> massFlows) {
        static CurrentJson of(CurrentStore.Snapshot s) {
            return new CurrentJson(s.meterId(), s.takenAt(), s.values().meterClock(), numbers(s.values().temperatures()),
                    numbers(s.values().pressures()), numbers(s.values().volumeFlows()),
                    numbers(s.values().massFlows()));
        }
    }

    public static ArchiveJson of(ArchiveEntry e) {
        int bits = e.systems().stream().mapToInt(SystemEntry::errorBits).reduce(0, (a, b) -> a | b);
        return new ArchiveJson(e.interval(), e.periodStart(), e.writtenAt(),
                e.systems().stream().map(SystemJson::of).toList(), numbers(e.temperatures()), numbers(e.pressures()),
                CounterJson.of(e.totalEnergy()), e.poweredTime(), bits, ArchiveRow.errorNames(bits));
    }

    /** NaN is not JSON: a channel without a number is null. */
    static List<Float> numbers(List<Float> values) {
        return values.stream().map(MeterRow::number).collect(java.util.stream.Collectors.toList());
    }
}
