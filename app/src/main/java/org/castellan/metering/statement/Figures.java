package org.castellan.metering.statement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;

/**
 * The figures of one line of the statement — a day, an hour, or the totals — exact, unrounded; any may be null
 * when it was not measured (no record, no such channel or system, a reset). Rounding to the meter's resolution
 * happens only when the statement is printed.
 *
 * @param energy          Q, MWh
 * @param mass1           M1, t
 * @param mass2           M2, t (return system)
 * @param volume1         V1, m³
 * @param volume2         V2, m³ (return system)
 * @param t1              mean supply temperature, °C
 * @param t2              mean return temperature, °C
 * @param p1              mean pressure P1, MPa
 * @param p2              mean pressure P2, MPa
 * @param operating       normal operating time
 * @param flowBelowMin    time with G &lt; Gmin
 * @param flowAboveMax    time with G &gt; Gmax
 * @param deltaTBelowMin  time with Δt &lt; Δt min
 * @param technicalFault  time with a technical fault
 */
public record Figures(BigDecimal energy, BigDecimal mass1, BigDecimal mass2, BigDecimal volume1, BigDecimal volume2,
        BigDecimal t1, BigDecimal t2, BigDecimal p1, BigDecimal p2, Duration operating, Duration flowBelowMin,
        Duration flowAboveMax, Duration deltaTBelowMin, Duration technicalFault) {

    /**
     * MWh per Gcal, exactly: the international table calorie is 4.1868 J, so 1 Gcal = 4.1868 GJ = 1.163 MWh.
     */
    public static final BigDecimal MWH_PER_GCAL = new BigDecimal("1.163");

    /** A line with nothing measured. */
    public static final Figures NONE = new Figures(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null);

    /** Q in Gcal: MWh / 1.163, to 16 significant digits (the quotient does not terminate). */
    public BigDecimal energyGcal() {
        return energy == null ? null : energy.divide(MWH_PER_GCAL, MathContext.DECIMAL64);
    }

    /** M1 − M2, when both were measured. */
    public BigDecimal massDifference() {
        return mass1 == null || mass2 == null ? null : mass1.subtract(mass2);
    }

    /** Δt = t1 − t2, when both are known. */
    public BigDecimal deltaT() {
        return t1 == null || t2 == null ? null : t1.subtract(t2);
    }
}
