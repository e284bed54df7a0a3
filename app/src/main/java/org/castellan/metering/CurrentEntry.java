package org.castellan.metering;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a meter measures now, make-neutral.
 *
 * @param meterClock   the meter's clock, its wall-clock time
 * @param temperatures per temperature channel 1.., °C
 * @param pressures    per pressure channel 1.., MPa
 * @param volumeFlows  per flow channel 1.., m³/h
 * @param massFlows    per flow channel 1.., t/h
 * @param systems      the configured systems' integrators (error bits 0: a meter flags errors per archive interval)
 */
public record CurrentEntry(LocalDateTime meterClock, List<Float> temperatures, List<Float> pressures,
        List<Float> volumeFlows, List<Float> massFlows, List<SystemEntry> systems) {
    public CurrentEntry {
        Objects.requireNonNull(meterClock, "meterClock");
        temperatures = List.copyOf(temperatures);
        pressures = List.copyOf(pressures);
        volumeFlows = List.copyOf(volumeFlows);
        massFlows = List.copyOf(massFlows);
        systems = List.copyOf(systems);
    }

    /** System {@code number}, when the meter has it. */
    public Optional<SystemEntry> system(int number) {
        return systems.stream().filter(s -> s.number() == number).findFirst();
    }

    /** Channel 1.. of {@code values}, or null. */
    public static Float channel(List<Float> values, int channel) {
        return channel >= 1 && channel <= values.size() ? values.get(channel - 1) : null;
    }
}
