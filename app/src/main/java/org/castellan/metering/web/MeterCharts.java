package org.castellan.metering.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.Consumption;
import org.castellan.metering.Counter;
import org.castellan.metering.Meter;
import org.castellan.metering.SystemEntry;

/**
 * The meter page's three charts, from the archive of the statement system: mean t1 and t2 per hour over the last
 * week, mass per hour over the same week, and energy per day over the last 31 days. Consumption per period is the
 * difference of consecutive integrator readings through {@link Consumption#between}, so a reset or a replaced meter
 * leaves a gap instead of a negative bar.
 */
final class MeterCharts {
    static final int HOURS = 7 * 24;
    static final int DAYS = 31;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:00");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** The three charts of a meter page. */
    record Charts(SvgChart temperatures, SvgChart flows, SvgChart energy) {
    }

    private MeterCharts() {
    }

    /** The first hour the temperature and flow charts show, for the archive query (one more, for the first difference). */
    static LocalDateTime hourlyFrom(LocalDateTime meterNow) {
        return ArchiveInterval.HOURLY.floor(meterNow, 1).minusHours(HOURS + 1L);
    }

    static LocalDateTime dailyFrom(LocalDateTime meterNow) {
        return ArchiveInterval.DAILY.floor(meterNow, 1).minusDays(DAYS + 1L);
    }

    /**
     * @param hourly the hourly records from {@link #hourlyFrom}, oldest first
     * @param daily  the daily records from {@link #dailyFrom}, oldest first
     */
    static Charts of(Meter meter, LocalDateTime meterNow, List<ArchiveEntry> hourly, List<ArchiveEntry> daily) {
        List<LocalDateTime> hours = slots(ArchiveInterval.HOURLY, hourlyFrom(meterNow).plusHours(1), HOURS);
        List<LocalDateTime> days = slots(ArchiveInterval.DAILY, dailyFrom(meterNow).plusDays(1), DAYS);
        Map<LocalDateTime, ArchiveEntry> byHour = index(hourly);
        List<String> hourLabels = hours.stream().map(HOUR::format).toList();
        int supply = MeterRow.supplyChannel(meter);
        int back = MeterRow.returnChannel(meter);
        SvgChart temperatures = SvgChart.lines(hourLabels, List.of(
                new SvgChart.Series("t1", "t1", hours.stream().map(h -> temperature(byHour.get(h), supply)).toList()),
                new SvgChart.Series("t2", "t2", hours.stream().map(h -> temperature(byHour.get(h), back)).toList())));
        Map<LocalDateTime, Double> massPerHour = perPeriod(meter, hourly, SystemEntry::mass);
        SvgChart flows = SvgChart.lines(hourLabels, List.of(new SvgChart.Series("M", "mass",
                hours.stream().map(massPerHour::get).toList())));
        Map<LocalDateTime, Double> energyPerDay = perPeriod(meter, daily, SystemEntry::energy);
        SvgChart energy = SvgChart.bars(days.stream().map(DAY::format).toList(),
                new SvgChart.Series("Q", "energy", days.stream().map(energyPerDay::get).toList()));
        return new Charts(temperatures, flows, energy);
    }

    /**
     * What was used in each period that has a stored record and a stored record before it, per period (a difference
     * across missing periods is spread evenly over them and shown at the later one). Resets and implausible jumps
     * have no value.
     */
    static Map<LocalDateTime, Double> perPeriod(Meter meter, List<ArchiveEntry> entries,
                                                Function<SystemEntry, Counter> counter) {
        Map<LocalDateTime, Double> result = new HashMap<>();
        for (int i = 1; i < entries.size(); i++) {
            ArchiveEntry previous = entries.get(i - 1);
            ArchiveEntry next = entries.get(i);
            Optional<BigDecimal> before = total(previous, meter.statementSystem(), counter);
            Optional<BigDecimal> after = total(next, meter.statementSystem(), counter);
            Instant from = previous.periodStart().atZone(meter.timeZone()).toInstant();
            Instant to = next.periodStart().atZone(meter.timeZone()).toInstant();
            if (before.isEmpty() || after.isEmpty() || !to.isAfter(from)) {
                continue;
            }
            int periods = (int) Math.max(1, next.interval().between(previous.periodStart(), next.periodStart()));
            Consumption used = Consumption.between(new Consumption.Reading(from, before.get()),
                    new Consumption.Reading(to, after.get()), periods, Consumption.Limits.NONE);
            if (used instanceof Consumption.Measured measured) {
                result.put(next.periodStart(), measured.amount()
                        .divide(BigDecimal.valueOf(measured.intervals()), MathContext.DECIMAL64).doubleValue());
            }
        }
        return result;
    }

    private static Optional<BigDecimal> total(ArchiveEntry entry, int system, Function<SystemEntry, Counter> counter) {
        return entry.system(system).map(s -> counter.apply(s).value());
    }

    private static Double temperature(ArchiveEntry entry, int channel) {
        Float t = entry == null ? null : MeterRow.number(entry.temperature(channel));
        return t == null ? null : t.doubleValue();
    }

    private static Map<LocalDateTime, ArchiveEntry> index(List<ArchiveEntry> entries) {
        Map<LocalDateTime, ArchiveEntry> map = new HashMap<>();
        entries.forEach(e -> map.put(e.periodStart(), e));
        return map;
    }

    private static List<LocalDateTime> slots(ArchiveInterval interval, LocalDateTime first, int count) {
        List<LocalDateTime> slots = new ArrayList<>(count);
        LocalDateTime at = first;
        for (int i = 0; i < count; i++) {
            slots.add(at);
            at = interval.next(at);
        }
        return slots;
    }
}
