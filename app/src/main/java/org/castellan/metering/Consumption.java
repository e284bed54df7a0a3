package org.castellan.metering;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What was used between two readings of a cumulative integrator (energy, mass, volume), computed exactly in
 * decimal. A meter's counter only grows, so a difference that is negative, or larger than the physics of the pipe
 * allows in the time between, is not a consumption: it is shown as what it is — a reset or a replaced meter, or an
 * implausible jump — and never turned into a negative or a huge figure on a statement.
 *
 * <p>The counter may also wrap: TEM-106 keeps the integer part in an unsigned 32-bit cell (seed 001 §6.2.2), so at
 * {@code modulus} (2^32 / k in the integrator's units) it starts again from zero; a drop that the wrap explains
 * within the physical limit is a measured consumption across the wrap.
 */
public sealed interface Consumption {
    /** The amount used; {@code intervals} &gt; 1 when readings in between are missing and it covers them all. */
    record Measured(BigDecimal amount, int intervals, boolean wrapped) implements Consumption {
    }

    /** The counter went back: the meter was reset or replaced. Nothing is counted for the interval. */
    record Reset(BigDecimal before, BigDecimal after) implements Consumption {
    }

    /** The counter jumped by more than {@code limit}, the most the pipe can carry in the time: not counted. */
    record Implausible(BigDecimal before, BigDecimal after, BigDecimal limit) implements Consumption {
    }

    /** A cumulative reading at the end of an interval. */
    record Reading(Instant at, BigDecimal total) {
        public Reading {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(total, "total");
        }
    }

    /**
     * The physical bounds of a counter.
     *
     * @param maxPerHour the most it can grow in an hour (e.g. Gmax × hours for mass, with a margin), null: no bound
     * @param modulus    where the counter wraps to zero, null: it does not wrap
     */
    record Limits(BigDecimal maxPerHour, BigDecimal modulus) {
        public static final Limits NONE = new Limits(null, null);

        BigDecimal over(Duration d) {
            return maxPerHour == null ? null
                    : maxPerHour.multiply(BigDecimal.valueOf(d.toSeconds())).divide(BigDecimal.valueOf(3600),
                            MathContext.DECIMAL64);
        }
    }

    /** The consumption between two readings that are {@code intervals} periods apart. */
    static Consumption between(Reading previous, Reading next, int intervals, Limits limits) {
        if (!next.at().isAfter(previous.at())) {
            throw new IllegalArgumentException("readings out of order: " + previous.at() + " then " + next.at());
        }
        BigDecimal limit = limits.over(Duration.between(previous.at(), next.at()));
        BigDecimal difference = next.total().subtract(previous.total());
        boolean wrapped = false;
        if (difference.signum() < 0) {
            BigDecimal acrossWrap = limits.modulus() == null ? null : difference.add(limits.modulus());
            if (acrossWrap == null || acrossWrap.signum() < 0 || limit == null || acrossWrap.compareTo(limit) > 0) {
                return new Reset(previous.total(), next.total());
            }
            difference = acrossWrap;
            wrapped = true;
        }
        if (limit != null && difference.compareTo(limit) > 0) {
            return new Implausible(previous.total(), next.total(), limit);
        }
        return new Measured(difference, intervals, wrapped);
    }

    /**
     * The consumption of each period of {@code period} ending at the given readings, oldest first: one result per
     * reading after the first. A missing period makes the next result cover it too ({@link Measured#intervals()}).
     */
    static List<Consumption> series(List<Reading> readings, Duration period, Limits limits) {
        List<Consumption> out = new ArrayList<>();
        for (int i = 1; i < readings.size(); i++) {
            Reading previous = readings.get(i - 1);
            Reading next = readings.get(i);
            long periods = Duration.between(previous.at(), next.at()).dividedBy(period);
            out.add(between(previous, next, (int) Math.max(1, periods), limits));
        }
        return out;
    }
}
