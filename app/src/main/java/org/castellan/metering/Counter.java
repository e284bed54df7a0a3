package org.castellan.metering;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A cumulative integrator as the meter keeps it and as we store it: the raw integer and fractional parts and the
 * comma they were scaled by, so every figure can be audited against the meter, and the exact decimal value.
 *
 * @param integer  the raw integer part (TEM-106: unsigned 32-bit, in units of 1/k)
 * @param fraction the raw fractional part, in units of 1/k
 * @param comma    the comma the coefficient k was taken from
 * @param scale    k as a power of ten: the value is (integer + fraction) / 10^scale
 * @param value    (integer + fraction) / k, exact
 */
public record Counter(long integer, float fraction, int comma, int scale, BigDecimal value) {
    public Counter {
        Objects.requireNonNull(value, "value");
        if (scale < 0) {
            throw new IllegalArgumentException("scale must not be negative, was " + scale);
        }
    }

    /** The value's resolution: one unit of the last digit the meter counts in (10^-scale). */
    public BigDecimal resolution() {
        return BigDecimal.ONE.movePointLeft(scale);
    }

    /** The value at which the integer part wraps: 2^32 / k. */
    public BigDecimal modulus() {
        return BigDecimal.valueOf(1L << 32).movePointLeft(scale);
    }
}
