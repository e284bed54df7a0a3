package org.castellan.tem106.meter;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the meter measures now (seed TEM-106 §6.2), from the ranges of
 * {@link org.castellan.tem106.memory.MemoryRange#CURRENT}.
 *
 * @param clock           the meter's clock, {@code rtc_*_2k} (local wall-clock time, §6.2.1)
 * @param temperatures    {@code t_n[0..6]}, °C, per temperature channel
 * @param pressures       {@code p_n[0..6]}, MPa, per pressure channel
 * @param volumeFlows     {@code rashod_v[0..5]}, m³/h, per flow channel
 * @param massFlows       {@code rashod_m[0..5]}, t/h, per flow channel
 * @param frequencies     {@code freqan_v[0..5]}, Hz
 * @param extraFlows      {@code gv_78}, m³/h, additional flow meters 7 and 8
 * @param systems         integrators of each configured system
 * @param totalEnergy     {@code energyall} + {@code lenergyall}; the seed names no comma for it: system 1's applies
 * @param extraVolumes    {@code volume_78} + {@code lvolume_78}; the seed names no comma: system 1's kV applies
 * @param poweredTime     {@code time_wrkall}: time with power on
 */
public record CurrentValues(LocalDateTime clock, List<Float> temperatures, List<Float> pressures,
        List<Float> volumeFlows, List<Float> massFlows, List<Float> frequencies, List<Float> extraFlows,
        List<SystemReadings> systems, Integrator totalEnergy, List<Integrator> extraVolumes, Duration poweredTime) {

    public CurrentValues {
        temperatures = List.copyOf(temperatures);
        pressures = List.copyOf(pressures);
        volumeFlows = List.copyOf(volumeFlows);
        massFlows = List.copyOf(massFlows);
        frequencies = List.copyOf(frequencies);
        extraFlows = List.copyOf(extraFlows);
        systems = List.copyOf(systems);
        extraVolumes = List.copyOf(extraVolumes);
    }
}
