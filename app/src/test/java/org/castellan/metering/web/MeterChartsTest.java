package org.castellan.metering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.Counter;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterConnection;
import org.castellan.metering.SystemEntry;
import org.junit.jupiter.api.Test;

/** The meter page's charts and statuses, without the application: what is drawn from which records. */
class MeterChartsTest {
    private static final LocalDateTime H0 = LocalDateTime.of(2026, 10, 5, 0, 0);

    static Meter meter(Long planId, Instant lastSuccess, String lastError) {
        return new Meter(1, 2, 3, null, null, "M", "TEM-106", MeterConnection.TCP, null, "h", 4001, null, 9600, 1,
                "tcp:h:4001", ZoneId.of("Europe/Moscow"), planId, null, null, List.of(), null, null, null, null, null,
                null, 1, 1, null, Map.of(), null, lastSuccess, lastSuccess, lastError, Instant.EPOCH);
    }

    private static Counter counter(String value) {
        return new Counter(0, 0f, 3, 3, new BigDecimal(value));
    }

    /** An hourly record of system 1 whose mass integrator reads {@code mass}. */
    private static ArchiveEntry hour(int hour, String mass) {
        SystemEntry system = new SystemEntry(1, counter("1"), counter(mass), counter("1"), 0, 0, 0, 0, 0, 0);
        LocalDateTime start = H0.plusHours(hour);
        return new ArchiveEntry(ArchiveInterval.HOURLY, start, start.plusHours(1), List.of(system), List.of(70f, 50f),
                List.of(), null, 0, null);
    }

    @Test
    void massPerHourIsTheDifferenceOfConsecutiveIntegratorsAndAResetLeavesAGapNotANegative() {
        Map<LocalDateTime, Double> perHour = MeterCharts.perPeriod(meter(null, null, null),
                List.of(hour(0, "10.000"), hour(1, "12.500"), hour(2, "3.000"), hour(3, "4.250")), SystemEntry::mass);

        assertThat(perHour).containsOnly(Map.entry(H0.plusHours(1), 2.5), Map.entry(H0.plusHours(3), 1.25));
    }

    @Test
    void aDifferenceAcrossMissingHoursIsSpreadOverThem() {
        Map<LocalDateTime, Double> perHour = MeterCharts.perPeriod(meter(null, null, null),
                List.of(hour(0, "10"), hour(3, "16")), SystemEntry::mass);

        assertThat(perHour).containsOnly(Map.entry(H0.plusHours(3), 2.0));
    }

    @Test
    void theTemperatureChartHasAWeekOfHoursAndBreaksItsLinesAtMissingHours() {
        LocalDateTime now = H0.plusDays(8).plusMinutes(30);
        LocalDateTime lastHour = H0.plusDays(8).minusHours(1);
        List<ArchiveEntry> hours = new ArrayList<>();
        for (int back : new int[] {5, 4, 2, 1}) {
            hours.add(at(lastHour.minusHours(back - 1L)));
        }

        MeterCharts.Charts charts = MeterCharts.of(meter(null, null, null), now, hours, List.of());

        SvgChart.Line t1 = charts.temperatures().lines().get(0);
        assertThat(t1.name()).isEqualTo("t1");
        assertThat(t1.segments()).hasSize(2);
        assertThat(t1.segments()).allSatisfy(s -> assertThat(s.split(" ")).hasSize(2));
        assertThat(charts.temperatures().xLast()).isEqualTo("10-12 23:00");
        assertThat(charts.energy().empty()).isTrue();
    }

    private static ArchiveEntry at(LocalDateTime start) {
        SystemEntry system = new SystemEntry(1, counter("1"), counter("1"), counter("1"), 0, 0, 0, 0, 0, 0);
        return new ArchiveEntry(ArchiveInterval.HOURLY, start, start.plusHours(1), List.of(system),
                List.of(70f, 50f), List.of(), null, 0, null);
    }

    @Test
    void barsStartAtZeroAndSkipDaysWithoutAValue() {
        SvgChart chart = SvgChart.bars(List.of("a", "b", "c"),
                new SvgChart.Series("Q", "energy", Arrays.asList(2.0, null, 4.0)));

        assertThat(chart.bars()).hasSize(2);
        assertThat(chart.yMin()).isEqualTo("0");
        assertThat(chart.yMax()).isEqualTo("4");
        assertThat(chart.bars().get(1).height()).isEqualTo(2 * chart.bars().get(0).height(), org.assertj.core.data
                .Offset.offset(1e-9));
    }

    @Test
    void aFailureOutranksEveryOtherStatus() {
        Instant read = Instant.parse("2026-10-01T00:00:00Z");

        assertThat(MeterStatus.of(meter(null, read, "no answer"))).isEqualTo(MeterStatus.FAILING);
        assertThat(MeterStatus.of(meter(5L, null, null))).isEqualTo(MeterStatus.NEVER_READ);
        assertThat(MeterStatus.of(meter(null, read, null))).isEqualTo(MeterStatus.NO_PLAN);
        assertThat(MeterStatus.of(meter(5L, read, null))).isEqualTo(MeterStatus.OK);
    }
}
