package org.castellan.tem106.meter;

import java.math.BigDecimal;

/**
 * An accumulating counter as the meter keeps it: an integer part ({@code L}, e.g. {@code energy}) and a fractional
 * part ({@code F}, e.g. {@code lenergy}), both in units of 1/k, where k comes from the system's {@code comma}
 * (seed TEM-106 §6.2.2: Q = (Q_H + Q_L) / k_Q).
 *
 * <p>Both parts are kept as read, so a figure can be audited against the meter. {@link #value()} sums them once, in
 * decimal, with no rounding: the integer plus the fraction's shortest decimal that reads back as the same float
 * ({@link Float#toString}), moved by the coefficient's power of ten. Not the float's exact binary expansion: 0.1f is
 * 0.100000001490116…, digits the meter never meant, which would turn a heat statement's 1273.244 MWh into
 * 1273.2440746560692787… — and a double sum would round away integer digits of large counters instead.
 *
 * @param integer  the {@code L} part, unsigned 32-bit
 * @param fraction the {@code F} part, finite
 * @param comma    the comma the coefficient was taken from
 * @param table    which comma table applies
 */
public record Integrator(long integer, float fraction, int comma, CommaTable table) {
    public Integrator {
        if (integer < 0 || integer > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("integer part is an unsigned 32-bit value, not " + integer);
        }
        if (!Float.isFinite(fraction)) {
            throw new IllegalArgumentException("fractional part must be finite, not " + fraction);
        }
    }

    /** (integer + fraction) / k, without losing a digit. */
    public BigDecimal value() {
        return BigDecimal.valueOf(integer).add(MeterDecimals.of(fraction)).movePointLeft(table.scale(comma));
    }

    /** The coefficient k this integrator divides by. */
    public long coefficient() {
        return table.coefficient(comma);
    }
}
