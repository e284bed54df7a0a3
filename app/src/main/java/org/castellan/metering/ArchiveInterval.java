package org.castellan.metering;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The three archive intervals a heat meter keeps (seed 001 §5.2), with the periods they cover in the meter's own
 * wall-clock time: an hourly record covers one hour, a daily record one day from midnight, a monthly record the month
 * from one reporting day to the next.
 *
 * <p>Periods are named by their start, in the meter's local time: the statement's days are the meter's days.
 */
public enum ArchiveInterval {
    HOURLY,
    DAILY,
    MONTHLY;

    /**
     * The start of the period that holds {@code time}.
     *
     * @param reportingDay the day of month (1..28) the monthly period starts on; ignored for the other intervals
     */
    public LocalDateTime floor(LocalDateTime time, int reportingDay) {
        return switch (this) {
            case HOURLY -> time.truncatedTo(ChronoUnit.HOURS);
            case DAILY -> time.truncatedTo(ChronoUnit.DAYS);
            case MONTHLY -> {
                LocalDate day = time.toLocalDate();
                LocalDate start = day.withDayOfMonth(reportingDay(reportingDay));
                yield (start.isAfter(day) ? start.minusMonths(1) : start).atStartOfDay();
            }
        };
    }

    /** The start of the period after the one starting at {@code start}. */
    public LocalDateTime next(LocalDateTime start) {
        return switch (this) {
            case HOURLY -> start.plusHours(1);
            case DAILY -> start.plusDays(1);
            case MONTHLY -> start.plusMonths(1);
        };
    }

    /** The start of the period before the one starting at {@code start}. */
    public LocalDateTime previous(LocalDateTime start) {
        return switch (this) {
            case HOURLY -> start.minusHours(1);
            case DAILY -> start.minusDays(1);
            case MONTHLY -> start.minusMonths(1);
        };
    }

    /** How many whole periods of this interval lie between two period starts ({@code from} inclusive, {@code to} exclusive). */
    public long between(LocalDateTime from, LocalDateTime to) {
        return switch (this) {
            case HOURLY -> ChronoUnit.HOURS.between(from, to);
            case DAILY -> ChronoUnit.DAYS.between(from, to);
            case MONTHLY -> ChronoUnit.MONTHS.between(from, to);
        };
    }

    /** The SQL interval one period spans, for {@code generate_series}. */
    public String sqlStep() {
        return switch (this) {
            case HOURLY -> "1 hour";
            case DAILY -> "1 day";
            case MONTHLY -> "1 month";
        };
    }

    private static int reportingDay(int day) {
        if (day < 1 || day > 28) {
            throw new IllegalArgumentException("reporting day must be 1..28, was " + day);
        }
        return day;
    }
}
