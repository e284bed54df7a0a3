package org.castellan.metering;

import java.util.EnumSet;
import java.util.Set;

/**
 * The abnormal situations a heat meter flags per system and interval (TEM-106 {@code error[]}, seed 001 §6.3.7), bit
 * by bit: bit 0 is {@link #G1_BELOW_MIN}, bit 7 {@link #POWER_OFF}. Also the {@code condition} of a
 * {@code metering.abnormal} event.
 */
public enum MeterError {
    G1_BELOW_MIN,
    G2_BELOW_MIN,
    G1_ABOVE_MAX,
    G2_ABOVE_MAX,
    DELTA_T_BELOW_MIN,
    TEMPERATURE_FAULT,
    PRESSURE_FAULT,
    POWER_OFF;

    /** The errors whose bits are set in {@code bits}. */
    public static Set<MeterError> of(int bits) {
        Set<MeterError> errors = EnumSet.noneOf(MeterError.class);
        for (MeterError error : values()) {
            if ((bits >> error.ordinal() & 1) != 0) {
                errors.add(error);
            }
        }
        return errors;
    }

    /** The bits of a set of errors. */
    public static int bits(Set<MeterError> errors) {
        int bits = 0;
        for (MeterError error : errors) {
            bits |= 1 << error.ordinal();
        }
        return bits;
    }
}
