package org.castellan.metering;

import java.util.Objects;

/**
 * One heat system's part of an archive record, make-neutral.
 *
 * @param number          the system's number on the meter, 1..
 * @param energy          cumulative energy, MWh
 * @param mass            cumulative mass, t
 * @param volume          cumulative volume, m³
 * @param operating       cumulative normal operating time (TEM-106 {@code time_wrk}), s
 * @param flowBelowMin    cumulative time with G below Gmin ({@code time_e1}), s
 * @param flowAboveMax    cumulative time with G above Gmax ({@code time_e2}), s
 * @param deltaTBelowMin  cumulative time with Δt below Δt min ({@code time_e3}), s
 * @param technicalFault  cumulative time with a technical fault ({@code time_e4}), s
 * @param errorBits       the errors flagged during the interval (TEM-106 {@code error[]}: see {@link MeterError})
 */
public record SystemEntry(int number, Counter energy, Counter mass, Counter volume, long operating,
        long flowBelowMin, long flowAboveMax, long deltaTBelowMin, long technicalFault, int errorBits) {
    public SystemEntry {
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(mass, "mass");
        Objects.requireNonNull(volume, "volume");
    }
}
