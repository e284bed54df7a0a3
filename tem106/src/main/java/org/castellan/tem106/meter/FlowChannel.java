package org.castellan.tem106.meter;

import java.math.BigDecimal;

/**
 * One of the six flow channels and its limits (seed TEM-106 §6.1.4–§6.1.6; erratum 3).
 *
 * <p>Gmax is kept as the float read and, for arithmetic, as its shortest decimal rendering (the figure a person
 * typed into the meter, e.g. 2.4 rather than 2.400000095…). Then, exactly:
 * Gmax.set = Gmax × G%max × 0.01 and Gmin.set = Gmax × G%min × 0.0005.
 *
 * @param channel      1..6
 * @param gMax         {@code g_max[channel-1]}, m³/h
 * @param percentMax   {@code g_pcmt_max[channel-1]}, percent
 * @param percentMin   {@code g_pcmt_min[channel-1]}, in 0.05 % steps
 * @param diameter     {@code diam[channel-1]}, mm
 */
public record FlowChannel(int channel, float gMax, int percentMax, int percentMin, int diameter) {
    /** Gmax.set, m³/h: above it the meter sets error 2 (flow above maximum). */
    public BigDecimal gMaxSet() {
        return gMaxDecimal().multiply(BigDecimal.valueOf(percentMax)).multiply(new BigDecimal("0.01"));
    }

    /** Gmin.set, m³/h: below it the meter sets error 1 (flow below minimum). */
    public BigDecimal gMinSet() {
        return gMaxDecimal().multiply(BigDecimal.valueOf(percentMin)).multiply(new BigDecimal("0.0005"));
    }

    private BigDecimal gMaxDecimal() {
        return MeterDecimals.of(gMax);
    }
}
