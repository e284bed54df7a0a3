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
}
