package org.castellan.tem106.meter;

import java.time.Duration;

/**
 * The time integrators of one system (seed TEM-106 §6.2.5; unsigned seconds in the meter).
 *
 * @param operating       {@code time_wrk}: running without errors
 * @param flowBelowMin    {@code time_e1}: flow below Gmin.set
 * @param flowAboveMax    {@code time_e2}: flow above Gmax.set
 * @param deltaTBelowMin  {@code time_e3}: temperature difference below Δt min
 * @param technicalFault  {@code time_e4}: technical fault
 */
public record SystemTimes(Duration operating, Duration flowBelowMin, Duration flowAboveMax, Duration deltaTBelowMin,
        Duration technicalFault) {
    /** The five integrators in the meter's order ({@code time_wrk, time_e1..e4}), in whole seconds. */
    public long[] seconds() {
        return new long[] {operating.toSeconds(), flowBelowMin.toSeconds(), flowAboveMax.toSeconds(),
                deltaTBelowMin.toSeconds(), technicalFault.toSeconds()};
    }

    /** From seconds in the meter's order ({@code time_wrk, time_e1..e4}). */
    public static SystemTimes ofSeconds(long... seconds) {
        if (seconds.length != 5) {
            throw new IllegalArgumentException("a system has 5 time integrators, not " + seconds.length);
        }
        return new SystemTimes(Duration.ofSeconds(seconds[0]), Duration.ofSeconds(seconds[1]),
                Duration.ofSeconds(seconds[2]), Duration.ofSeconds(seconds[3]), Duration.ofSeconds(seconds[4]));
    }
}
