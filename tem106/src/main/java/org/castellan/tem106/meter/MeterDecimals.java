package org.castellan.tem106.meter;

import java.math.BigDecimal;

/**
 * The meter's single-precision floats as decimals: the shortest decimal that reads back as the same float, which is
 * the number the meter meant. Used wherever a float is summed or shown, so that every figure carries the same digits.
 */
public final class MeterDecimals {
    private MeterDecimals() {
    }

    /** @throws NumberFormatException for NaN or infinity, which have no decimal */
    public static BigDecimal of(float value) {
        return new BigDecimal(Float.toString(value));
    }
}
