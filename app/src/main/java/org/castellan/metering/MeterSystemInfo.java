package org.castellan.metering;

import java.util.List;

/**
 * One configured heat system of a meter, as read from the device (TEM-106 {@code system_t}, {@code sys_g},
 * {@code sys_t}, {@code sys_p}, {@code dt_min}, {@code comma}); kept in {@code meter.systems}.
 *
 * @param number              1..6
 * @param type                the scheme's code name (TEM-106 {@code SystemType} constant, e.g. {@code SUPPLY})
 * @param flowChannels        flow channel numbers
 * @param temperatureChannels temperature channel numbers: the first is t1 (supply), the second t2 (return)
 * @param pressureChannels    pressure channel numbers: the first is P1, the second P2
 * @param deltaTMin           Δt min set in the meter, °C
 * @param comma               the comma that scales the system's integrators
 */
public record MeterSystemInfo(int number, String type, List<Integer> flowChannels, List<Integer> temperatureChannels,
        List<Integer> pressureChannels, float deltaTMin, int comma) {
    public MeterSystemInfo {
        flowChannels = List.copyOf(flowChannels);
        temperatureChannels = List.copyOf(temperatureChannels);
        pressureChannels = List.copyOf(pressureChannels);
    }

    /** The n-th (1..) channel of a list, or 0 when there is none. */
    public static int nth(List<Integer> channels, int n) {
        return channels.size() >= n ? channels.get(n - 1) : 0;
    }
}
