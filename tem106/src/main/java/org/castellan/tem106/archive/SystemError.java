package org.castellan.tem106.archive;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The bits of a record's {@code error[system]} byte (seed TEM-106 §5.2, §6.3.7; tem106.md "Values"). */
public enum SystemError {
    G1_BELOW_MIN("G1 < min"),
    G2_BELOW_MIN("G2 < min"),
    G1_ABOVE_MAX("G1 > max"),
    G2_ABOVE_MAX("G2 > max"),
    DELTA_T_BELOW_MIN("dt < min"),
    TEMPERATURE_FAULT("temperature channel fault"),
    PRESSURE_FAULT("pressure channel fault"),
    POWER_OFF("power off");

    private final String label;

    SystemError(String label) {
        this.label = label;
    }

    /** The bit this error occupies: its ordinal. */
    public int bit() {
        return ordinal();
    }

    public String label() {
        return label;
    }

    /** The errors set in {@code bits}. */
    public static Set<SystemError> decode(int bits) {
        EnumSet<SystemError> errors = EnumSet.noneOf(SystemError.class);
        for (SystemError error : values()) {
            if ((bits >> error.bit() & 1) != 0) {
                errors.add(error);
            }
        }
        return Collections.unmodifiableSet(errors);
    }

    /** The byte for a set of errors. */
    public static int encode(Set<SystemError> errors) {
        int bits = 0;
        for (SystemError error : errors) {
            bits |= 1 << error.bit();
        }
        return bits;
    }
}
