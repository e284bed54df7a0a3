package org.castellan.metering;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One archive record of a meter, make-neutral: what a driver reads and what {@code ArchiveStore} keeps.
 *
 * @param interval      hourly, daily or monthly
 * @param periodStart   the start of the period it covers, the meter's wall-clock time
 * @param writtenAt     when the meter wrote it, the meter's wall-clock time (the end of the period, or later)
 * @param systems       the configured systems' integrators and error bits
 * @param temperatures  mean temperatures per channel over the period, °C (TEM-106: channels 1..7)
 * @param pressures     mean pressures per channel, MPa (TEM-106: channels 1..6)
 * @param totalEnergy   the meter's total energy integrator, MWh; may be null for makes without one
 * @param poweredTime   cumulative time with power on, s
 * @param raw           the record's bytes as the meter holds them (TEM-106: 384)
 */
public record ArchiveEntry(ArchiveInterval interval, LocalDateTime periodStart, LocalDateTime writtenAt,
        List<SystemEntry> systems, List<Float> temperatures, List<Float> pressures, Counter totalEnergy,
        long poweredTime, byte[] raw) {
    public ArchiveEntry {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(writtenAt, "writtenAt");
        systems = List.copyOf(systems);
        temperatures = List.copyOf(temperatures);
        pressures = List.copyOf(pressures);
        raw = raw == null ? new byte[0] : raw.clone();
    }

    /** System {@code number}, when the record holds it. */
    public Optional<SystemEntry> system(int number) {
        return systems.stream().filter(s -> s.number() == number).findFirst();
    }

    /** Temperature channel 1.., or null when the record has no such channel. */
    public Float temperature(int channel) {
        return channel >= 1 && channel <= temperatures.size() ? temperatures.get(channel - 1) : null;
    }

    /** Pressure channel 1.., or null when the record has no such channel. */
    public Float pressure(int channel) {
        return channel >= 1 && channel <= pressures.size() ? pressures.get(channel - 1) : null;
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }
}
