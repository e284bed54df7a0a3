package org.castellan.tem106.meter;

import java.math.BigDecimal;

/**
 * An accumulating counter as the meter keeps it: an integer part ({@code L}, e.g. {@code energy}) and a fractional
 * part ({@code F}, e.g. {@code lenergy}), both in units of 1/k, where k comes from the system's {@code comma}
 * (seed TEM-106 §6.2.2: Q = (Q_H + Q_L) / k_Q).
 *
 * <p>Both parts are kept as read, so a figure can be audited against the meter. {@link #value()} sums them once,
 * exactly: the float's exact binary value (not its shortest decimal rendering) plus the integer, moved by the
 * coefficient's power of ten.
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
        return BigDecimal.valueOf(integer).add(new BigDecimal(fraction)).movePointLeft(table.scale(comma));
    }

    /** The coefficient k this integrator divides by. */
    public long coefficient() {
        return table.coefficient(comma);
    }
}
