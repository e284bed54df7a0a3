package org.castellan.metering.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * Figures for the meter pages ({@code ${@meterFormat.duration(x)}}): durations in the short form the forms take,
 * measured values with the precision the meter measures to, and "—" for what is not known.
 */
@Component("meterFormat")
public class MeterFormats {
    private static final String NONE = "—";

    /** {@code 15m}, {@code 1h}, {@code 1d}; "—" for none (the plan does not read that kind). */
    public String duration(Duration d) {
        return d == null ? NONE : FormValues.text(d);
    }

    /** A measured value with two decimals (°C, MPa, t/h, m³/h). */
    public String value(Float v) {
        return v == null || v.isNaN() ? NONE : BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** An integrator's exact value, as stored. */
    public String exact(BigDecimal v) {
        return v == null ? NONE : v.toPlainString();
    }

    /** Seconds as hours and minutes ({@code 12h 05m}), for the time integrators. */
    public String hours(long seconds) {
        return String.format("%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
