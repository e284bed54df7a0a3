package org.castellan.metering.statement;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.Consumption;
import org.castellan.metering.Consumption.Limits;
import org.castellan.metering.Consumption.Measured;
import org.castellan.metering.Counter;
import org.castellan.metering.MeterSystemInfo;
import org.castellan.metering.SystemEntry;

/** Computes a {@link HeatStatement} from archive entries: the rules are in its Javadoc. Not thread-safe; one use. */
final class StatementCalculation {
    private final StatementHeader header;
    private final ArchiveInterval interval;
    private final CounterLimits limits;

    StatementCalculation(StatementHeader header, ArchiveInterval interval, CounterLimits limits) {
        this.header = header;
        this.interval = interval;
        this.limits = limits;
    }

    HeatStatement compute(LocalDateTime first, LocalDateTime last, List<ArchiveEntry> entries) {
        Map<LocalDateTime, ArchiveEntry> byPeriod = index(entries);
        List<StatementRow> rows = new ArrayList<>();
        List<LocalDateTime> gaps = new ArrayList<>();
        List<StatementNote> notes = new ArrayList<>();
        ArchiveEntry before = byPeriod.get(interval.previous(first));
        ArchiveEntry previous = before;
        for (LocalDateTime p = first; !p.isAfter(last); p = interval.next(p)) {
            ArchiveEntry entry = byPeriod.get(p);
            if (entry == null) {
                rows.add(StatementRow.noData(p));
                gaps.add(p);
                continue;
            }
            StatementRow row = previous == null ? new StatementRow(p, RowStatus.NO_PREVIOUS, 0, means(entry), Map.of())
                    : row(previous, entry);
            rows.add(row);
            note(row).ifPresent(notes::add);
            previous = entry;
        }
        if (previous != null && previous.periodStart().isBefore(last)) {
            notes.add(new StatementNote(previous.periodStart(), StatementNote.Kind.END_MISSING, Set.of()));
        }
        ArchiveEntry endEntry = previous;
        return new HeatStatement(header, interval, first, last, rows, totals(rows), readings(before),
                readings(endEntry), gaps, notes, resolution(endEntry));
    }

    private Map<LocalDateTime, ArchiveEntry> index(List<ArchiveEntry> entries) {
        Map<LocalDateTime, ArchiveEntry> byPeriod = new HashMap<>();
        for (ArchiveEntry e : entries) {
            if (e.interval() != interval) {
                throw new IllegalArgumentException("a " + interval + " statement needs " + interval
                        + " records, got a " + e.interval() + " one for " + e.periodStart());
            }
            if (e.system(header.system().number()).isPresent()) {
                byPeriod.putIfAbsent(e.periodStart(), e);
            }
        }
        return byPeriod;
    }

    private StatementRow row(ArchiveEntry previous, ArchiveEntry entry) {
        int periods = (int) interval.between(previous.periodStart(), entry.periodStart());
        Instant from = previous.periodStart().toInstant(ZoneOffset.UTC);
        Instant to = entry.periodStart().toInstant(ZoneOffset.UTC);
        SystemEntry a = system(previous, header.system()).orElseThrow();
        SystemEntry b = system(entry, header.system()).orElseThrow();
        Map<Quantity, Consumption> c = new EnumMap<>(Quantity.class);
        c.put(Quantity.ENERGY, consumption(a.energy(), b.energy(), from, to, periods, limits.energy()));
        c.put(Quantity.MASS1, consumption(a.mass(), b.mass(), from, to, periods, limits.mass()));
        c.put(Quantity.VOLUME1, consumption(a.volume(), b.volume(), from, to, periods, limits.volume()));
        Optional<SystemEntry> ra = system(previous, header.returnSystem());
        Optional<SystemEntry> rb = system(entry, header.returnSystem());
        if (ra.isPresent() && rb.isPresent()) {
            c.put(Quantity.MASS2, consumption(ra.get().mass(), rb.get().mass(), from, to, periods, limits.mass()));
            c.put(Quantity.VOLUME2,
                    consumption(ra.get().volume(), rb.get().volume(), from, to, periods, limits.volume()));
        }
        Figures m = means(entry);
        Figures figures = new Figures(measured(c, Quantity.ENERGY), measured(c, Quantity.MASS1),
                measured(c, Quantity.MASS2), measured(c, Quantity.VOLUME1), measured(c, Quantity.VOLUME2), m.t1(),
                m.t2(), m.p1(), m.p2(), time(a, b, SystemEntry::operating), time(a, b, SystemEntry::flowBelowMin),
                time(a, b, SystemEntry::flowAboveMax), time(a, b, SystemEntry::deltaTBelowMin),
                time(a, b, SystemEntry::technicalFault));
        RowStatus status = c.values().stream().anyMatch(Consumption.Reset.class::isInstance) ? RowStatus.RESET
                : c.values().stream().anyMatch(Consumption.Implausible.class::isInstance) ? RowStatus.IMPLAUSIBLE
                : RowStatus.MEASURED;
        return new StatementRow(entry.periodStart(), status, periods, figures, c);
    }

    private static Consumption consumption(Counter before, Counter after, Instant from, Instant to, int periods,
            Limits limits) {
        // the counter's own modulus: TEM-106 keeps the integer part in 32 bits (seed 001 §6.2.2)
        Limits bounded = new Limits(limits.maxPerHour(), after.modulus());
        return Consumption.between(new Consumption.Reading(from, before.value()),
                new Consumption.Reading(to, after.value()), periods, bounded);
    }

    private static BigDecimal measured(Map<Quantity, Consumption> c, Quantity q) {
        return c.get(q) instanceof Measured m ? m.amount() : null;
    }

    private static Duration time(SystemEntry a, SystemEntry b, ToLongFunction<SystemEntry> integrator) {
        long seconds = integrator.applyAsLong(b) - integrator.applyAsLong(a);
        return seconds < 0 ? null : Duration.ofSeconds(seconds);
    }

    /** The record's own means: t1, t2, P1, P2 of the statement system's channels. */
    private Figures means(ArchiveEntry e) {
        MeterSystemInfo s = header.system();
        return new Figures(null, null, null, null, null,
                decimal(e.temperature(MeterSystemInfo.nth(s.temperatureChannels(), 1))),
                decimal(e.temperature(MeterSystemInfo.nth(s.temperatureChannels(), 2))),
                decimal(e.pressure(MeterSystemInfo.nth(s.pressureChannels(), 1))),
                decimal(e.pressure(MeterSystemInfo.nth(s.pressureChannels(), 2))), null, null, null, null, null);
    }

    /** A float as the meter meant it: its shortest decimal, not its binary expansion. */
    private static BigDecimal decimal(Float value) {
        return value == null || !Float.isFinite(value) ? null : new BigDecimal(Float.toString(value));
    }

    private static Optional<SystemEntry> system(ArchiveEntry e, MeterSystemInfo system) {
        return system == null ? Optional.empty() : e.system(system.number());
    }

    private static Optional<StatementNote> note(StatementRow row) {
        return switch (row.status()) {
            case NO_PREVIOUS -> Optional.of(new StatementNote(row.period(), StatementNote.Kind.NO_PREVIOUS,
                    Set.of()));
            case RESET -> Optional.of(new StatementNote(row.period(), StatementNote.Kind.RESET, row.resets()));
            case IMPLAUSIBLE -> Optional.of(new StatementNote(row.period(), StatementNote.Kind.IMPLAUSIBLE,
                    row.implausible()));
            case MEASURED, NO_DATA -> Optional.empty();
        };
    }

    private static Figures totals(List<StatementRow> rows) {
        List<Figures> f = rows.stream().map(StatementRow::figures).toList();
        return new Figures(sum(f, Figures::energy), sum(f, Figures::mass1), sum(f, Figures::mass2),
                sum(f, Figures::volume1), sum(f, Figures::volume2), mean(f, Figures::t1), mean(f, Figures::t2),
                mean(f, Figures::p1), mean(f, Figures::p2), hours(f, Figures::operating),
                hours(f, Figures::flowBelowMin), hours(f, Figures::flowAboveMax), hours(f, Figures::deltaTBelowMin),
                hours(f, Figures::technicalFault));
    }

    private static BigDecimal sum(List<Figures> figures, Function<Figures, BigDecimal> field) {
        return figures.stream().map(field).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    private static BigDecimal mean(List<Figures> figures, Function<Figures, BigDecimal> field) {
        List<BigDecimal> values = figures.stream().map(field).filter(Objects::nonNull).toList();
        return values.isEmpty() ? null : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
    }

    private static Duration hours(List<Figures> figures, Function<Figures, Duration> field) {
        return figures.stream().map(field).filter(Objects::nonNull).reduce(Duration::plus).orElse(null);
    }

    private IntegratorReadings readings(ArchiveEntry e) {
        if (e == null) {
            return null;
        }
        SystemEntry s = system(e, header.system()).orElseThrow();
        Optional<SystemEntry> r = system(e, header.returnSystem());
        return new IntegratorReadings(e.periodStart(), s.energy().value(), s.mass().value(), s.volume().value(),
                r.map(x -> x.mass().value()).orElse(null), r.map(x -> x.volume().value()).orElse(null));
    }

    private HeatStatement.Resolution resolution(ArchiveEntry e) {
        if (e == null) {
            return HeatStatement.Resolution.DEFAULT;
        }
        SystemEntry s = system(e, header.system()).orElseThrow();
        Optional<SystemEntry> r = system(e, header.returnSystem());
        return new HeatStatement.Resolution(s.energy().scale(), s.mass().scale(),
                r.map(x -> x.mass().scale()).orElse(s.mass().scale()), s.volume().scale(),
                r.map(x -> x.volume().scale()).orElse(s.volume().scale()));
    }
}
