package org.castellan.metering.conditions;

import java.math.BigDecimal;

/**
 * The limits a person sets for one heat system of a meter (issue 6: "limits on t, G, Δt configurable per meter"),
 * checked against current values by {@link MeterConditions#currentRead}. Each limit may be null: not checked.
 * Validated on construction (see {@link MeterLimits#parse} for the messages).
 *
 * @param tMin  lowest supply temperature t1, °C
 * @param tMax  highest supply temperature t1, °C
 * @param gMin  lowest volume flow of the system's first flow channel, m³/h
 * @param gMax  highest volume flow of the system's first flow channel, m³/h
 * @param dtMin lowest t1 − t2, °C
 */
public record SystemLimits(BigDecimal tMin, BigDecimal tMax, BigDecimal gMin, BigDecimal gMax, BigDecimal dtMin) {
    /** No limit set. */
    public static final SystemLimits NONE = new SystemLimits(null, null, null, null, null);

    /** @throws InvalidLimitsException when a minimum exceeds its maximum or a flow or Δt limit is negative */
    public SystemLimits {
        ordered("tMin", tMin, "tMax", tMax);
        ordered("gMin", gMin, "gMax", gMax);
        notNegative("gMin", gMin);
        notNegative("gMax", gMax);
        notNegative("dtMin", dtMin);
    }

    /** Whether no limit is set. */
    public boolean isEmpty() {
        return tMin == null && tMax == null && gMin == null && gMax == null && dtMin == null;
    }

    private static void ordered(String minName, BigDecimal min, String maxName, BigDecimal maxValue) {
        if (min != null && maxValue != null && min.compareTo(maxValue) > 0) {
            throw new InvalidLimitsException(minName, minName + " " + min.toPlainString() + " is above " + maxName
                    + " " + maxValue.toPlainString());
        }
    }

    private static void notNegative(String name, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InvalidLimitsException(name, name + " must not be negative, was " + value.toPlainString());
        }
    }
}
