package org.castellan.metering.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.Consumption;
import org.castellan.metering.MeterSystemInfo;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.archive.SystemArchive;
import org.castellan.tem106.meter.Integrator;
import org.castellan.tem106.reader.RawRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statement's figures from emulated TEM-106 records, checked against values computed here from the raw
 * integrators (integer + fraction) / k of two records: a full month, a month with two days missing, the hourly
 * variant.
 */
class HeatStatementTest {
    static final LocalDate FROM = February.FROM;
    static final LocalDate TO = February.TO;
    static final LocalDate HOURLY_DAY = LocalDate.of(2016, 3, 1);

    static EmulatedArchive meter;
    static February month;
    static List<RawRecord> hours;
    static MeterSystemInfo supply;

    @BeforeAll
    static void readTheMeter() throws Exception {
        meter = new EmulatedArchive();
        month = February.read(meter);
        supply = month.supply();
        hours = meter.hours(HOURLY_DAY.atStartOfDay().minusHours(1), HOURLY_DAY.atTime(23, 0));
    }

    @AfterAll
    static void close() throws Exception {
        meter.close();
    }

    static StatementHeader header() {
        return month.header();
    }

    static ArchiveRecord day(LocalDate d) {
        return month.day(d);
    }

    static List<ArchiveEntry> dailyEntries(LocalDate... without) {
        return month.entries(without);
    }

    static BigDecimal difference(ArchiveRecord before, ArchiveRecord after, Function<SystemArchive, Integrator> f) {
        return February.difference(before, after, f);
    }

    static StatementRow row(HeatStatement s, LocalDate d) {
        return s.rows().stream().filter(r -> r.period().equals(d.atStartOfDay())).findFirst().orElseThrow();
    }

    @Test
    void theEmulatorGaveTheWholeMonthAndTheDayBefore() {
        assertThat(month.days()).hasSize(30);
    }

    @Test
    void everyDaysFiguresAreTheDifferenceOfThatDaysRecordAndThePreviousOne() {
        HeatStatement s = HeatStatement.monthly(header(), FROM, TO, dailyEntries());
        assertThat(s.rows()).hasSize(29).allMatch(r -> r.status() == RowStatus.MEASURED && r.periods() == 1);
        for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
            ArchiveRecord before = day(d.minusDays(1));
            ArchiveRecord after = day(d);
            Figures f = row(s, d).figures();
            assertThat(f.energy()).as("Q %s", d).isEqualByComparingTo(difference(before, after, SystemArchive::energy));
            assertThat(f.mass1()).as("M1 %s", d).isEqualByComparingTo(difference(before, after, SystemArchive::mass));
            assertThat(f.volume1()).as("V1 %s", d)
                    .isEqualByComparingTo(difference(before, after, SystemArchive::volume));
            long[] t0 = before.system(1).times().seconds();
            long[] t1 = after.system(1).times().seconds();
            assertThat(f.operating()).isEqualTo(Duration.ofSeconds(t1[0] - t0[0]));
            assertThat(f.flowBelowMin()).isEqualTo(Duration.ofSeconds(t1[1] - t0[1]));
            assertThat(f.flowAboveMax()).isEqualTo(Duration.ofSeconds(t1[2] - t0[2]));
            assertThat(f.deltaTBelowMin()).isEqualTo(Duration.ofSeconds(t1[3] - t0[3]));
            assertThat(f.technicalFault()).isEqualTo(Duration.ofSeconds(t1[4] - t0[4]));
            float t1Expected = after.temperatures().get(supply.temperatureChannels().get(0) - 1);
            float t2Expected = after.temperatures().get(supply.temperatureChannels().get(1) - 1);
            assertThat(f.t1()).isEqualByComparingTo(Float.toString(t1Expected));
            assertThat(f.deltaT()).isEqualByComparingTo(
                    new BigDecimal(Float.toString(t1Expected)).subtract(new BigDecimal(Float.toString(t2Expected))));
            assertThat(f.energyGcal().multiply(Figures.MWH_PER_GCAL).subtract(f.energy()).abs())
                    .isLessThan(new BigDecimal("1e-12"));
        }
        assertThat(row(s, FROM).figures().energy()).as("the emulated system consumes heat").isPositive();
    }

    @Test
    void aReturnSystemGivesM2V2AndTheMassDifference() {
        MeterSystemInfo second = meter.systems().get(1);
        StatementHeader h = header();
        StatementHeader withReturn = new StatementHeader(h.organization(), h.consumer(), h.contractNumber(),
                h.address(), h.heatSupplier(), h.meterModel(), h.meterSerial(), h.nextVerification(), supply, second);
        HeatStatement s = HeatStatement.monthly(withReturn, FROM, TO, dailyEntries());
        LocalDate d = LocalDate.of(2016, 2, 12);
        ArchiveRecord before = day(d.minusDays(1));
        ArchiveRecord after = day(d);
        BigDecimal m2 = EmulatedArchive.value(after.system(2).mass())
                .subtract(EmulatedArchive.value(before.system(2).mass()));
        BigDecimal v2 = EmulatedArchive.value(after.system(2).volume())
                .subtract(EmulatedArchive.value(before.system(2).volume()));
        Figures f = row(s, d).figures();
        assertThat(f.mass2()).isEqualByComparingTo(m2);
        assertThat(f.volume2()).isEqualByComparingTo(v2);
        assertThat(f.massDifference())
                .isEqualByComparingTo(difference(before, after, SystemArchive::mass).subtract(m2));
        assertThat(s.end().mass2()).isEqualByComparingTo(EmulatedArchive.value(day(TO).system(2).mass()));
        assertThat(s.totals().mass2()).isEqualByComparingTo(s.end().mass2().subtract(s.start().mass2()));
        assertThat(HeatStatement.monthly(header(), FROM, TO, dailyEntries()).totals().mass2())
                .as("without a return system M2 is blank").isNull();
    }

    @Test
    void totalsEqualTheEndReadingMinusTheStartReading() {
        HeatStatement s = HeatStatement.monthly(header(), FROM, TO, dailyEntries());
        ArchiveRecord start = day(FROM.minusDays(1));
        ArchiveRecord end = day(TO);
        assertThat(s.totals().energy()).isEqualByComparingTo(difference(start, end, SystemArchive::energy));
        assertThat(s.totals().mass1()).isEqualByComparingTo(difference(start, end, SystemArchive::mass));
        assertThat(s.totals().volume1()).isEqualByComparingTo(difference(start, end, SystemArchive::volume));
        assertThat(s.totals().operating()).isEqualTo(Duration.ofSeconds(
                end.system(1).times().seconds()[0] - start.system(1).times().seconds()[0]));
        assertThat(s.start().energy()).isEqualByComparingTo(EmulatedArchive.value(start.system(1).energy()));
        assertThat(s.end().energy()).isEqualByComparingTo(EmulatedArchive.value(end.system(1).energy()));
        assertThat(s.start().period()).isEqualTo(FROM.minusDays(1).atStartOfDay());
        assertThat(s.gaps()).isEmpty();
        assertThat(s.notes()).isEmpty();
    }

    @Test
    void meanTemperaturesOfTheTotalsAreOverTheDaysWithData() {
        HeatStatement s = HeatStatement.monthly(header(), FROM, TO, dailyEntries(LocalDate.of(2016, 2, 10)));
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
            if (!d.equals(LocalDate.of(2016, 2, 10))) {
                sum = sum.add(new BigDecimal(Float.toString(day(d).temperatures()
                        .get(supply.temperatureChannels().get(0) - 1))));
                n++;
            }
        }
        assertThat(n).isEqualTo(28);
        assertThat(s.totals().t1().subtract(sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL64))
                .abs()).isLessThan(new BigDecimal("1e-12"));
    }

    @Test
    void aGapIsListedAndTheDayAfterItCarriesTheMissingDaysConsumption() {
        LocalDate fifth = LocalDate.of(2016, 2, 5);
        LocalDate sixth = LocalDate.of(2016, 2, 6);
        HeatStatement s = HeatStatement.monthly(header(), FROM, TO, dailyEntries(fifth, sixth));
        assertThat(s.gaps()).containsExactly(fifth.atStartOfDay(), sixth.atStartOfDay());
        assertThat(row(s, fifth).status()).isEqualTo(RowStatus.NO_DATA);
        assertThat(row(s, fifth).figures()).isEqualTo(Figures.NONE);
        StatementRow seventh = row(s, LocalDate.of(2016, 2, 7));
        assertThat(seventh.status()).isEqualTo(RowStatus.MEASURED);
        assertThat(seventh.periods()).isEqualTo(3);
        assertThat(seventh.figures().energy())
                .isEqualByComparingTo(difference(day(LocalDate.of(2016, 2, 4)), day(LocalDate.of(2016, 2, 7)),
                        SystemArchive::energy));
        assertThat(s.totals().energy()).isEqualByComparingTo(difference(day(FROM.minusDays(1)), day(TO),
                SystemArchive::energy));
        assertThat(s.totals().mass1()).isEqualByComparingTo(difference(day(FROM.minusDays(1)), day(TO),
                SystemArchive::mass));
        assertThat(new StatementText(Locale.of("ru")).gapNotice(s))
                .isEqualTo("Нет данных за 2 сут: 05.02, 06.02");
        assertThat(new StatementText(Locale.ENGLISH).rowNote(seventh, ArchiveInterval.DAILY))
                .isEqualTo("3 days");
    }

    @Test
    void withoutTheRecordBeforeThePeriodTheFirstDayHasNoConsumption() {
        HeatStatement s = HeatStatement.monthly(header(), FROM, TO, dailyEntries(FROM.minusDays(1)));
        StatementRow first = row(s, FROM);
        assertThat(first.status()).isEqualTo(RowStatus.NO_PREVIOUS);
        assertThat(first.figures().energy()).isNull();
        assertThat(first.figures().t1()).as("the day's own means are still known").isNotNull();
        assertThat(s.start()).isNull();
        assertThat(s.notes()).extracting(StatementNote::kind).containsExactly(StatementNote.Kind.NO_PREVIOUS);
        assertThat(s.totals().energy()).isEqualByComparingTo(difference(day(FROM), day(TO), SystemArchive::energy));
    }

    @Test
    void aMissingLastDayTakesTheEndReadingsFromTheLatestRecordAndSaysSo() {
        HeatStatement s = HeatStatement.monthly(header(), FROM, TO, dailyEntries(TO));
        assertThat(s.end().period()).isEqualTo(TO.minusDays(1).atStartOfDay());
        assertThat(s.notes()).extracting(StatementNote::kind).containsExactly(StatementNote.Kind.END_MISSING);
        assertThat(s.gaps()).containsExactly(TO.atStartOfDay());
    }

    @Test
    void theHourlyVariantHasALinePerHourOfTheDay() {
        List<ArchiveEntry> entries = hours.stream().map(r -> meter.entry(r, ArchiveInterval.HOURLY)).toList();
        assertThat(entries).hasSize(25);
        HeatStatement s = HeatStatement.hourly(header(), HOURLY_DAY, entries);
        assertThat(s.rows()).hasSize(24).allMatch(r -> r.status() == RowStatus.MEASURED);
        assertThat(s.rows().getFirst().period()).isEqualTo(HOURLY_DAY.atStartOfDay());
        assertThat(s.rows().getLast().period()).isEqualTo(HOURLY_DAY.atTime(23, 0));
        ArchiveRecord h5 = hour(HOURLY_DAY.atTime(5, 0));
        ArchiveRecord h4 = hour(HOURLY_DAY.atTime(4, 0));
        assertThat(s.rows().get(5).figures().energy()).isEqualByComparingTo(difference(h4, h5, SystemArchive::energy));
        assertThat(s.rows().get(5).figures().operating()).isEqualTo(Duration.ofSeconds(
                h5.system(1).times().seconds()[0] - h4.system(1).times().seconds()[0]));
        assertThat(s.totals().energy()).isEqualByComparingTo(difference(hour(HOURLY_DAY.atStartOfDay().minusHours(1)),
                hour(HOURLY_DAY.atTime(23, 0)), SystemArchive::energy));
    }

    @Test
    void anHourlyGapIsListedByTheHour() {
        List<ArchiveEntry> entries = hours.stream().map(r -> meter.entry(r, ArchiveInterval.HOURLY))
                .filter(e -> e.periodStart().getHour() != 7 || !e.periodStart().toLocalDate().equals(HOURLY_DAY))
                .toList();
        HeatStatement s = HeatStatement.hourly(header(), HOURLY_DAY, entries);
        assertThat(s.gaps()).containsExactly(HOURLY_DAY.atTime(7, 0));
        assertThat(s.rows().get(8).periods()).isEqualTo(2);
        assertThat(new StatementText(Locale.ENGLISH).gapNotice(s)).isEqualTo("No data for 1 hour: 07:00");
    }

    @Test
    void theHourlyWorkbookNamesItselfHourlyAndListsTheHours() throws Exception {
        List<ArchiveEntry> entries = hours.stream().map(r -> meter.entry(r, ArchiveInterval.HOURLY)).toList();
        HeatStatement s = HeatStatement.hourly(header(), HOURLY_DAY, entries);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementXlsx.write(s, Locale.of("ru"), out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo("Почасовая ведомость учета тепловой энергии");
            assertThat(rows.stream().filter(r -> "Период".equals(r.getCellText(0))).findFirst().orElseThrow()
                    .getCellText(3)).isEqualTo("01.03.2016");
            Row five = rows.stream().filter(r -> "05:00".equals(r.getCellText(0)))
                    .findFirst().orElseThrow();
            assertThat(five.getCell(2).asNumber()).isEqualByComparingTo(s.rows().get(5).figures().energy()
                    .setScale(s.resolution().energy(), RoundingMode.HALF_UP));
        }
    }

    static ArchiveRecord hour(LocalDateTime start) {
        return hours.stream().map(RawRecord::record).filter(r -> r.coveredFrom().withMinute(0).withSecond(0)
                .equals(start)).findFirst().orElseThrow();
    }

    @Test
    void dailyStatementRefusesHourlyRecords() {
        List<ArchiveEntry> entries = hours.stream().map(r -> meter.entry(r, ArchiveInterval.HOURLY)).toList();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HeatStatement.monthly(header(), FROM, TO, entries))
                .withMessageContaining("HOURLY");
    }

    @Test
    void rowConsumptionsAreKeptForTheRecord() {
        HeatStatement s = HeatStatement.monthly(header(), FROM, TO, dailyEntries());
        Map<Quantity, Consumption> c = row(s, FROM).consumptions();
        assertThat(c).containsOnlyKeys(Quantity.ENERGY, Quantity.MASS1, Quantity.VOLUME1);
        assertThat(c.get(Quantity.ENERGY)).isInstanceOf(Consumption.Measured.class);
    }
}
