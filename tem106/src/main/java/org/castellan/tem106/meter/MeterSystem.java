package org.castellan.tem106.meter;

import java.util.List;

/**
 * One heat system of the meter (seed TEM-106 §6.1.2–§6.1.3, §6.1.7).
 *
 * @param number               1..6
 * @param type                 from {@code system_t}
 * @param flowChannels         channel numbers from the bits of {@code sys_g} (bit 0 = channel 1; 7–8 are the
 *                             additional flow meters)
 * @param temperatureChannels  from {@code sys_t}
 * @param pressureChannels     from {@code sys_p}
 * @param deltaTMin            {@code dt_min}, °C
 * @param comma                {@code comma} at {@code 02FA} for this system (erratum 2)
 */
public record MeterSystem(int number, SystemType type, List<Integer> flowChannels, List<Integer> temperatureChannels,
        List<Integer> pressureChannels, float deltaTMin, int comma) {
    public MeterSystem {
        flowChannels = List.copyOf(flowChannels);
        temperatureChannels = List.copyOf(temperatureChannels);
        pressureChannels = List.copyOf(pressureChannels);
    }

    /** Channel numbers named by the set bits of a {@code sys_*} byte (§6.1.3: 05h → channels 1 and 3). */
    public static List<Integer> channels(int bits) {
        return java.util.stream.IntStream.range(0, 8).filter(b -> (bits >> b & 1) != 0).map(b -> b + 1).boxed().toList();
    }

    /** The bit field for a list of channel numbers (inverse of {@link #channels(int)}). */
    public static int bits(List<Integer> channels) {
        int bits = 0;
        for (int channel : channels) {
            bits |= 1 << (channel - 1);
        }
        return bits;
    }
}
