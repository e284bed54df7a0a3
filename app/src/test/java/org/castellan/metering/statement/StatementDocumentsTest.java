package org.castellan.metering.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.archive.SystemArchive;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statement as XLSX and PDF, opened again and read: header, a day's figures (computed here from the raw
 * integrators), the totals, the gap notice, in Russian and English; the PDF's font embedded.
 */
class StatementDocumentsTest {
    static final LocalDate FROM = February.FROM;
    static final LocalDate TO = February.TO;
    static final LocalDate THIRD = LocalDate.of(2016, 2, 3);
    static final Locale RUSSIAN = Locale.of("ru");

    static EmulatedArchive meter;
    static HeatStatement statement;
    /** Q of Feb 3 and the month's total, MWh, from the raw integrators. */
    static BigDecimal thirdQ;
    static BigDecimal totalQ;
    static int energyDecimals;

    @BeforeAll
    static void makeTheStatement() throws Exception {
        meter = new EmulatedArchive();
        February month = February.read(meter);
        statement = HeatStatement.monthly(month.header(), FROM, TO,
                month.entries(LocalDate.of(2016, 2, 5), LocalDate.of(2016, 2, 6)));
        ArchiveRecord third = month.day(THIRD);
        thirdQ = February.difference(month.day(THIRD.minusDays(1)), third, SystemArchive::energy);
        totalQ = February.difference(month.day(FROM.minusDays(1)), month.day(TO), SystemArchive::energy);
        energyDecimals = third.system(1).energy().table().scale(third.system(1).energy().comma());
    }

    @AfterAll
    static void close() throws Exception {
        meter.close();
    }

    static List<Row> xlsx(Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementXlsx.write(statement, locale, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()),
                new ReadingOptions(true, false))) {
            return new ArrayList<>(workbook.getFirstSheet().read());
        }
    }

    static Row rowStartingWith(List<Row> rows, String first) {
        return rows.stream().filter(r -> r.getCellAsString(0).filter(first::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no row starts with " + first));
    }

    static String printed(BigDecimal value) {
        return value.setScale(energyDecimals, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void theRussianWorkbookHasTheHeaderTheDaysNumbersTheTotalsAndTheGapNotice() throws Exception {
        List<Row> rows = xlsx(RUSSIAN);
        assertThat(rows.getFirst().getCellText(0)).isEqualTo("Ведомость учета тепловой энергии");
        assertThat(rowStartingWith(rows, "Потребитель").getCellText(3)).isEqualTo("ООО «Потребитель»");
        assertThat(rowStartingWith(rows, "Период").getCellText(3)).isEqualTo("с 01.02.2016 по 29.02.2016");
        assertThat(rowStartingWith(rows, "Дата очередной поверки").getCellText(3)).isEqualTo("01.05.2019");
        assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(0)).isEqualTo("Нет данных за 2 сут: 05.02, 06.02"));

        Row third = rowStartingWith(rows, "03.02.2016");
        assertThat(third.getCell(2).getType()).isEqualTo(CellType.NUMBER);
        assertThat(third.getCell(2).asNumber()).isEqualByComparingTo(printed(thirdQ));
        assertThat(third.getCell(2).getDataFormatString()).isEqualTo("0." + "0".repeat(energyDecimals));
        assertThat(third.getCell(1).asNumber()).as("Gcal").isEqualByComparingTo(
                thirdQ.divide(new BigDecimal("1.163"), energyDecimals, RoundingMode.HALF_UP));
        assertThat(third.getCellText(4)).as("no return system: M2 blank").isEqualTo("—");

        Row seventh = rowStartingWith(rows, "07.02.2016");
        assertThat(seventh.getCellText(18)).isEqualTo("за 3 сут");
        assertThat(rowStartingWith(rows, "05.02.2016").getCellText(18)).isEqualTo("нет данных");

        Row total = rowStartingWith(rows, "Итого");
        assertThat(total.getCell(2).asNumber()).isEqualByComparingTo(printed(totalQ));
        assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(0)).isEqualTo("Представитель потребителя"));
        assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(9))
                .isEqualTo("Представитель теплоснабжающей организации"));
    }

    @Test
    void theEnglishWorkbookSaysTheSameInEnglish() throws Exception {
        List<Row> rows = xlsx(Locale.ENGLISH);
        assertThat(rows.getFirst().getCellText(0)).isEqualTo("Heat consumption statement");
        assertThat(rowStartingWith(rows, "Period").getCellText(3)).isEqualTo("2016-02-01 – 2016-02-29");
        assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(0)).isEqualTo("No data for 2 days: 02-05, 02-06"));
        assertThat(rowStartingWith(rows, "2016-02-03").getCell(2).asNumber()).isEqualByComparingTo(printed(thirdQ));
        assertThat(rowStartingWith(rows, "2016-02-07").getCellText(18)).isEqualTo("3 days");
        assertThat(rowStartingWith(rows, "Total").getCell(2).asNumber()).isEqualByComparingTo(printed(totalQ));
        assertThat(rows).anySatisfy(r -> assertThat(r.getCellText(0)).isEqualTo("Consumer's representative"));
    }

    static byte[] pdf(Locale locale) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StatementPdf.write(statement, locale, out);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    @Test
    void theRussianPdfHasCyrillicHeaderFiguresWithADecimalCommaTotalsAndTheGapNotice() throws Exception {
        String text = text(pdf(RUSSIAN));
        assertThat(text).contains("Ведомость учета тепловой энергии", "ООО «Потребитель»", "ТС-17/2016",
                "Нет данных за 2 сут: 05.02, 06.02", "за 3 сут", "Итого", "Представитель потребителя");
        assertThat(text).contains("03.02.2016 " + printed(thirdQ.divide(new BigDecimal("1.163"), 16,
                RoundingMode.HALF_UP)).replace('.', ',') + " " + printed(thirdQ).replace('.', ','));
        assertThat(text).contains("Итого").contains(printed(totalQ).replace('.', ','));
        assertThat(text).doesNotContain(printed(thirdQ));
    }

    @Test
    void theEnglishPdfUsesADecimalPoint() throws Exception {
        String text = text(pdf(Locale.ENGLISH));
        assertThat(text).contains("Heat consumption statement", "No data for 2 days: 02-05, 02-06", "Total",
                "2016-02-03", printed(thirdQ), printed(totalQ), "Heat supplier's representative");
    }

    @Test
    void thePdfIsLandscapeA4WithTheFontEmbedded() throws Exception {
        PdfReader reader = new PdfReader(pdf(RUSSIAN));
        try {
            assertThat(reader.getPageSizeWithRotation(1).getWidth()).isGreaterThan(
                    reader.getPageSizeWithRotation(1).getHeight());
            PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
            assertThat(fonts.getKeys()).isNotEmpty();
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                assertThat(font.getAsName(PdfName.BASEFONT).toString()).contains("DejaVuSans");
                PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
                PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
                assertThat(descriptor.get(PdfName.FONTFILE2)).as("embedded TrueType program").isNotNull();
            }
        } finally {
            reader.close();
        }
    }
}
