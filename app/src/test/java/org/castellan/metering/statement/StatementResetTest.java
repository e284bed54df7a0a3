package org.castellan.metering.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.Consumption;
import org.castellan.metering.Counter;
import org.castellan.metering.MeterSystemInfo;
import org.castellan.metering.SystemEntry;
import org.junit.jupiter.api.Test;

/** A counter that goes back, or jumps beyond the pipe, never becomes a negative or huge consumption. */
class StatementResetTest {
    static final MeterSystemInfo SUPPLY = new MeterSystemInfo(1, "SUPPLY", List.of(1, 2), List.of(1, 2), List.of(1, 2),
            3f, 4);
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);

    /** Energy readings at the end of Feb 28, Mar 1, 2, 3, 4 (MWh, three decimals: k = 1000). */
    static List<ArchiveEntry> entries(String... energy) {
        List<ArchiveEntry> out = new ArrayList<>();
        for (int i = 0; i < energy.length; i++) {
            BigDecimal e = new BigDecimal(energy[i]);
            BigDecimal m = BigDecimal.valueOf(100 + 10L * i);
            LocalDateTime day = FROM.minusDays(1).plusDays(i).atStartOfDay();
            SystemEntry s = new SystemEntry(1, counter(e), counter(m), counter(m), 3600L * 24 * i, 0, 0, 0, 0, 0);
            out.add(new ArchiveEntry(ArchiveInterval.DAILY, day, day.plusDays(1), List.of(s), List.of(80f, 50f),
                    List.of(0.6f, 0.3f), counter(e), 0, null));
        }
        return out;
    }

    static Counter counter(BigDecimal value) {
        return new Counter(value.movePointRight(3).longValueExact(), 0f, 4, 3, value);
    }

    static StatementHeader header() {
        return new StatementHeader("Org", "Consumer", "1", "Address", "Supplier", "TEM-106", "1", null, SUPPLY, null);
    }

    @Test
    void aCounterThatWentBackIsShownAsAResetAndLeftOutOfTheTotals() {
        HeatStatement s = HeatStatement.monthly(header(), FROM, FROM.plusDays(3),
                entries("1000.000", "1001.500", "3.250", "4.000", "5.125"));
        StatementRow reset = s.rows().get(1);
        assertThat(reset.status()).isEqualTo(RowStatus.RESET);
        assertThat(reset.resets()).containsExactly(Quantity.ENERGY);
        assertThat(reset.consumptions().get(Quantity.ENERGY)).isInstanceOf(Consumption.Reset.class);
        assertThat(reset.figures().energy()).isNull();
        assertThat(reset.figures().mass1()).as("the other counters are measured").isEqualByComparingTo("10");
        assertThat(s.rows()).allSatisfy(r -> assertThat(r.figures().energy() == null
                || r.figures().energy().signum() >= 0).isTrue());
        assertThat(s.totals().energy()).as("1.5 + 0.75 + 1.125, the reset day left out")
                .isEqualByComparingTo("3.375");
        assertThat(s.notes()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(StatementNote.Kind.RESET);
            assertThat(n.period()).isEqualTo(FROM.plusDays(1).atStartOfDay());
        });
        StatementText ru = new StatementText(Locale.of("ru"));
        assertThat(ru.rowNote(reset, ArchiveInterval.DAILY)).isEqualTo("сброс: Q");
        assertThat(ru.notes(s).getFirst()).startsWith("02.03.2026: показания счетчика уменьшились").contains("Q");
    }

    @Test
    void aJumpBeyondThePipesLimitIsImplausibleAndLeftOutOfTheTotals() {
        // at most 1 MWh an hour: 24 MWh a day
        CounterLimits limits = new CounterLimits(new Consumption.Limits(BigDecimal.ONE, null),
                Consumption.Limits.NONE, Consumption.Limits.NONE);
        HeatStatement s = HeatStatement.monthly(header(), FROM, FROM.plusDays(2),
                entries("10.000", "20.000", "9000.000", "9010.000"), limits);
        assertThat(s.rows().get(1).status()).isEqualTo(RowStatus.IMPLAUSIBLE);
        assertThat(s.rows().get(1).implausible()).containsExactly(Quantity.ENERGY);
        assertThat(s.rows().get(1).figures().energy()).isNull();
        assertThat(s.totals().energy()).isEqualByComparingTo("20.000");
        assertThat(s.notes()).extracting(StatementNote::kind).containsExactly(StatementNote.Kind.IMPLAUSIBLE);
    }

    @Test
    void withoutAResetTheTotalsAreTheEndMinusTheStart() {
        HeatStatement s = HeatStatement.monthly(header(), FROM, FROM.plusDays(3),
                entries("1000.000", "1001.500", "1003.250", "1004.000", "1005.125"));
        assertThat(s.totals().energy()).isEqualByComparingTo(s.end().energy().subtract(s.start().energy()))
                .isEqualByComparingTo("5.125");
        assertThat(s.totals().p1()).isEqualByComparingTo("0.6");
        assertThat(s.totals().deltaT()).isEqualByComparingTo("30");
    }
}
