package org.castellan.metering.web;

import java.time.LocalDateTime;
import java.util.List;

import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterError;
import org.castellan.metering.SystemEntry;

/**
 * One archive record as the meter page's table and the archive CSV show it: the period, each system's energy (Q),
 * mass (M) and volume (V) integrators as exact decimals, the statement system's mean t1 and t2, and the errors
 * flagged during the period by name.
 *
 * @param errors the names of the error bits set in any system ({@link MeterError})
 */
public record ArchiveRow(LocalDateTime periodStart, LocalDateTime writtenAt, List<SystemEntry> systems, Float t1,
        Float t2, List<String> errors) {

    public static ArchiveRow of(Meter meter, ArchiveEntry entry) {
        int bits = entry.systems().stream().mapToInt(SystemEntry::errorBits).reduce(0, (a, b) -> a | b);
        return new ArchiveRow(entry.periodStart(), entry.writtenAt(), entry.systems(),
                MeterRow.number(entry.temperature(MeterRow.supplyChannel(meter))),
                MeterRow.number(entry.temperature(MeterRow.returnChannel(meter))), errorNames(bits));
    }

    /** The names of the errors whose bits are set, in bit order. */
    public static List<String> errorNames(int bits) {
        return MeterError.of(bits).stream().map(Enum::name).toList();
    }

    /** System {@code number} of this record, or null. */
    public SystemEntry system(int number) {
        return systems.stream().filter(s -> s.number() == number).findFirst().orElse(null);
    }
}
