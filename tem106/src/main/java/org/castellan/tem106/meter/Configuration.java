package org.castellan.tem106.meter;

import java.util.List;
import java.util.Optional;

/**
 * The meter's configuration (seed TEM-106 §6.1), read once per session from the ranges of
 * {@link org.castellan.tem106.memory.MemoryRange#CONFIGURATION}.
 *
 * @param networkAddress         {@code net_num}
 * @param serialNumber           {@code Number}, the factory number
 * @param flashType              {@code FLASH_TYPE} as read (erratum 8)
 * @param systems                the {@code systems} configured heat systems, 1..6
 * @param flowChannels           the six flow channels with their limits
 * @param extraFlowMax           {@code g_max78}: Gmax of additional flow meters 7 and 8, m³/h
 * @param diam78                 {@code diam78} as read at {@code 02FA}; unreliable, the seed puts comma there too
 *                               (erratum 2)
 * @param commas                 {@code comma[0..5]} at {@code 02FA}, as read
 * @param usedFlow               {@code used_g}: bit field of flow sensors in use (§6.1.8: pulse or frequency)
 * @param usedTemperature        {@code used_t}
 * @param usedPressure           {@code used_p}
 * @param programmedTemperatures {@code t_p}, °C
 * @param programmedPressures    {@code p_p}, MPa
 * @param pulseWeights           {@code Weight}
 * @param maxFrequencies         {@code f_max}, kHz (channels 7, 8, then 3..6, as the seed says)
 * @param flowMeterBinding       {@code rshm}: flow meters bound to systems
 */
public record Configuration(int networkAddress, long serialNumber, int flashType, List<MeterSystem> systems,
        List<FlowChannel> flowChannels, List<Float> extraFlowMax, List<Integer> diam78, List<Integer> commas,
        int usedFlow, int usedTemperature, int usedPressure, List<Float> programmedTemperatures,
        List<Float> programmedPressures, List<Float> pulseWeights, List<Float> maxFrequencies,
        List<Integer> flowMeterBinding) {

    public Configuration {
        if (systems.isEmpty() || systems.size() > 6) {
            throw new IllegalArgumentException("a TEM-106 has 1..6 systems, not " + systems.size());
        }
        systems = List.copyOf(systems);
        flowChannels = List.copyOf(flowChannels);
        extraFlowMax = List.copyOf(extraFlowMax);
        diam78 = List.copyOf(diam78);
        commas = List.copyOf(commas);
        programmedTemperatures = List.copyOf(programmedTemperatures);
        programmedPressures = List.copyOf(programmedPressures);
        pulseWeights = List.copyOf(pulseWeights);
        maxFrequencies = List.copyOf(maxFrequencies);
        flowMeterBinding = List.copyOf(flowMeterBinding);
    }

    /** The Flash size that {@code FLASH_TYPE} names; empty when the value is unknown (archives are refused). */
    public Optional<FlashSize> flashSize() {
        return FlashSize.ofFlashType(flashType);
    }

    /** Flow channel 1..6. */
    public FlowChannel flowChannel(int channel) {
        return flowChannels.get(channel - 1);
    }
}
