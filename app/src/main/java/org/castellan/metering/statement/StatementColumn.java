package org.castellan.metering.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The numeric columns of the statement's table, in print order, each with its label key in
 * {@code i18n/statement*.properties}, how to take its figure from a line and how many decimals to print. The
 * period column comes before them and the note column after; {@link StatementXlsx} and {@link StatementPdf} both
 * print these.
 */
enum StatementColumn {
    Q_GCAL("col.qGcal", Figures::energyGcal, HeatStatement.Resolution::energy),
    Q_MWH("col.qMwh", Figures::energy, HeatStatement.Resolution::energy),
    M1("col.m1", Figures::mass1, HeatStatement.Resolution::mass1),
    M2("col.m2", Figures::mass2, HeatStatement.Resolution::mass2),
    M_DIFFERENCE("col.mDiff", Figures::massDifference, r -> Math.max(r.mass1(), r.mass2())),
    V1("col.v1", Figures::volume1, HeatStatement.Resolution::volume1),
    V2("col.v2", Figures::volume2, HeatStatement.Resolution::volume2),
    T1("col.t1", Figures::t1, r -> 2),
    T2("col.t2", Figures::t2, r -> 2),
    DELTA_T("col.dt", Figures::deltaT, r -> 2),
    P1("col.p1", Figures::p1, r -> 3),
    P2("col.p2", Figures::p2, r -> 3),
    OPERATING("col.operating", f -> hours(f.operating()), r -> 2),
    FLOW_BELOW_MIN("col.flowBelowMin", f -> hours(f.flowBelowMin()), r -> 2),
    FLOW_ABOVE_MAX("col.flowAboveMax", f -> hours(f.flowAboveMax()), r -> 2),
    DELTA_T_BELOW_MIN("col.deltaTBelowMin", f -> hours(f.deltaTBelowMin()), r -> 2),
    TECHNICAL_FAULT("col.technicalFault", f -> hours(f.technicalFault()), r -> 2);

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    final String labelKey;
    private final Function<Figures, BigDecimal> value;
    private final ToIntFunction<HeatStatement.Resolution> decimals;

    StatementColumn(String labelKey, Function<Figures, BigDecimal> value,
            ToIntFunction<HeatStatement.Resolution> decimals) {
        this.labelKey = labelKey;
        this.value = value;
        this.decimals = decimals;
    }

    /** The exact figure, or null when the line has none. */
    BigDecimal value(Figures figures) {
        return value.apply(figures);
    }

    /** The figure as printed: rounded half up to the column's decimals; null when there is none. */
    BigDecimal printed(Figures figures, HeatStatement.Resolution resolution) {
        BigDecimal v = value(figures);
        return v == null ? null : v.setScale(decimals(resolution), RoundingMode.HALF_UP);
    }

    int decimals(HeatStatement.Resolution resolution) {
        return decimals.applyAsInt(resolution);
    }

    /** Hours to 6 decimals (0.0036 s: 3600 has a factor 3, so seconds / 3600 need not terminate). */
    static BigDecimal hours(Duration d) {
        return d == null ? null : BigDecimal.valueOf(d.toSeconds()).divide(SECONDS_PER_HOUR, 6, RoundingMode.HALF_UP);
    }
}
