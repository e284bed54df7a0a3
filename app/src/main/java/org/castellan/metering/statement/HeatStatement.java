package org.castellan.metering.statement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;

/**
 * The heat consumption statement ("ведомость учета тепловой энергии") of one meter, computed: a line per day of a
 * period from daily records ({@link #monthly}), or a line per hour of one day from hourly records ({@link #hourly}),
 * the totals, the integrator readings at the start and the end, the periods without a record and the notes. Pure and
 * immutable; {@link StatementXlsx} and {@link StatementPdf} print it.
 *
 * <h2>Where each column comes from</h2>
 * The statement is for one "statement system" s ({@link StatementHeader#system()}, the consumer's heat input) and an
 * optional "return system" r ({@link StatementHeader#returnSystem()}) for when supply and return pipes are measured
 * as two systems.
 * <ul>
 * <li>Q = the difference of s's energy integrator, MWh, and the same in Gcal (MWh / 1.163 exactly: the international
 *     table calorie);</li>
 * <li>M1, V1 = differences of s's mass and volume; M2, V2 = of r's (blank without r); M1 − M2 only when both;</li>
 * <li>t1, t2 = the record's mean temperatures of s's first and second temperature channels
 *     ({@link org.castellan.metering.MeterSystemInfo#temperatureChannels()}), Δt = t1 − t2; P1, P2 = of its first and
 *     second pressure channels; blank when s has no such channel;</li>
 * <li>normal operating time and the error times (G &lt; min, G &gt; max, Δt &lt; min, technical fault) = differences
 *     of s's time integrators, printed in hours with two decimals.</li>
 * </ul>
 * A daily record whose period starts on day D holds the integrators at the end of D, so day D's consumption is
 * record(D) − record(D − 1); likewise for hours. Every counter difference is a
 * {@link org.castellan.metering.Consumption}.
 *
 * <h2>Gaps, resets, totals</h2>
 * A period without its record is a line saying so, and is listed in {@link #gaps()} (printed under the header). The
 * next period with a record carries the consumption since the last record before the gap, and says how many
 * periods it covers ({@link StatementRow#periods()}). When the record before the first period is missing, the first
 * period with a record has no consumption ({@link RowStatus#NO_PREVIOUS}). A counter that went back (reset, replaced
 * meter) or jumped beyond {@link CounterLimits} is shown as such, never as a negative or huge figure, and is left out
 * of the totals with a note. A time integrator that went back gives a blank time.
 *
 * <p>Totals of Q, M, V and times are sums of the measured lines, so that, with no reset, they equal the end reading
 * minus the start reading exactly. Temperatures and pressures in the totals are plain means over the lines that have
 * them (not weighted by mass).
 *
 * <h2>Rounding</h2>
 * All figures are exact {@link java.math.BigDecimal}s from the meter's integer and fraction parts; only printing
 * rounds (half up): Q (both units), M, V to the decimals of their counters' scale ({@link #resolution()}),
 * temperatures and Δt to 2, pressures to 3, hours to 2. So the printed lines may differ from the printed total in
 * the last digit.
 */
public final class HeatStatement {
    private final StatementHeader header;
    private final ArchiveInterval interval;
    private final LocalDateTime first;
    private final LocalDateTime last;
    private final List<StatementRow> rows;
    private final Figures totals;
    private final IntegratorReadings start;
    private final IntegratorReadings end;
    private final List<LocalDateTime> gaps;
    private final List<StatementNote> notes;
    private final Resolution resolution;

    HeatStatement(StatementHeader header, ArchiveInterval interval, LocalDateTime first, LocalDateTime last,
            List<StatementRow> rows, Figures totals, IntegratorReadings start, IntegratorReadings end,
            List<LocalDateTime> gaps, List<StatementNote> notes, Resolution resolution) {
        this.header = Objects.requireNonNull(header, "header");
        this.interval = interval;
        this.first = first;
        this.last = last;
        this.rows = List.copyOf(rows);
        this.totals = totals;
        this.start = start;
        this.end = end;
        this.gaps = List.copyOf(gaps);
        this.notes = List.copyOf(notes);
        this.resolution = resolution;
    }

    /**
     * The statement of the days {@code from}..{@code to} (inclusive) from daily records.
     *
     * @param dailyEntries the meter's DAILY records from the day before {@code from} to {@code to}, in any order;
     *                     missing ones are gaps, others outside the period are ignored
     * @throws IllegalArgumentException when {@code from} is after {@code to} or an entry is not a daily one
     */
    public static HeatStatement monthly(StatementHeader header, LocalDate from, LocalDate to,
            List<ArchiveEntry> dailyEntries) {
        return monthly(header, from, to, dailyEntries, CounterLimits.NONE);
    }

    /**
     * As {@link #monthly(StatementHeader, LocalDate, LocalDate, List)}, with the pipe's limits for implausible
     * jumps.
     */
    public static HeatStatement monthly(StatementHeader header, LocalDate from, LocalDate to,
            List<ArchiveEntry> dailyEntries, CounterLimits limits) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("period from " + from + " is after to " + to);
        }
        return new StatementCalculation(header, ArchiveInterval.DAILY, limits)
                .compute(from.atStartOfDay(), to.atStartOfDay(), dailyEntries);
    }

    /**
     * The hourly statement of one day: a line per hour 00:00..23:00.
     *
     * @param hourlyEntries the meter's HOURLY records from the hour before midnight to 23:00 of {@code day}
     * @throws IllegalArgumentException when an entry is not an hourly one
     */
    public static HeatStatement hourly(StatementHeader header, LocalDate day, List<ArchiveEntry> hourlyEntries) {
        return hourly(header, day, hourlyEntries, CounterLimits.NONE);
    }

    /** As {@link #hourly(StatementHeader, LocalDate, List)}, with the pipe's limits for implausible jumps. */
    public static HeatStatement hourly(StatementHeader header, LocalDate day, List<ArchiveEntry> hourlyEntries,
            CounterLimits limits) {
        return new StatementCalculation(header, ArchiveInterval.HOURLY, limits)
                .compute(day.atStartOfDay(), day.atTime(23, 0), hourlyEntries);
    }

    public StatementHeader header() {
        return header;
    }

    /** DAILY for the monthly statement, HOURLY for one day's. */
    public ArchiveInterval interval() {
        return interval;
    }

    /** The start of the first period. */
    public LocalDateTime first() {
        return first;
    }

    /** The start of the last period. */
    public LocalDateTime last() {
        return last;
    }

    /** One line per period, oldest first. */
    public List<StatementRow> rows() {
        return rows;
    }

    /** Sums of the measured lines (Q, M, V, times), means of t and P over the lines that have them. */
    public Figures totals() {
        return totals;
    }

    /** The readings at the start (the record before the first period), null when that record is missing. */
    public IntegratorReadings start() {
        return start;
    }

    /** The readings at the end (the last period's record, or the latest before it), null when there is none. */
    public IntegratorReadings end() {
        return end;
    }

    /** The periods without their record, oldest first. */
    public List<LocalDateTime> gaps() {
        return gaps;
    }

    /** What the reader must be told about lines not (fully) counted. */
    public List<StatementNote> notes() {
        return notes;
    }

    /** The decimals the counters are kept to, for printing. */
    public Resolution resolution() {
        return resolution;
    }

    /**
     * The decimals of each counter: its scale (k = 10^scale, {@link org.castellan.metering.Counter#scale()}), taken
     * from the statement's latest record; 3 when there is no record at all.
     */
    public record Resolution(int energy, int mass1, int mass2, int volume1, int volume2) {
        static final Resolution DEFAULT = new Resolution(3, 3, 3, 3, 3);
    }
}
