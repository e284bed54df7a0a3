package org.castellan.modems.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_1;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_2;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_3;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class XlsxReadingTest {
    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @Test
    void anImeiExcelStoredAsANumberReadsBackExactly() {
        byte[] xlsx = SheetFixtures.workbook(sheet -> {
            sheet.value(0, 0, "IMEI");
            sheet.value(0, 1, "channel");
            sheet.value(0, 2, "poller port");
            sheet.value(1, 0, Long.parseLong(IMEI_1));
            sheet.value(1, 1, 1);
            sheet.value(1, 2, 35001.0);
            sheet.value(2, 0, Double.parseDouble(IMEI_2));
            sheet.value(3, 0, new BigDecimal("8.60911041234565E+14"));
        });
        assertThat(SheetFixtures.part(xlsx, SHEET)).contains("<v>" + IMEI_1 + "</v>");

        SheetReport report = SheetFixtures.read(xlsx, Format.XLSX);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).extracting(ModemRow::imei).containsExactly(IMEI_1, IMEI_2, IMEI_3);
        assertThat(report.rows().get(0)).extracting(ModemRow::channel, ModemRow::pollerPort).containsExactly(1, 35001);
    }

    @Test
    void russianAndChineseHeadersInAnyOrderAreRead() {
        byte[] xlsx = SheetFixtures.workbook(List.of("Название", "备注", "IMEI", "Канал"),
                List.of(List.of("Котельная", "二号锅炉房", IMEI_1, "2")));

        SheetReport report = SheetFixtures.read(xlsx, Format.XLSX);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("Котельная");
            assertThat(row.notes()).isEqualTo("二号锅炉房");
            assertThat(row.channel()).isEqualTo(2);
        });
    }

    @Test
    void problemsNameTheWorksheetRowNumber() {
        byte[] xlsx = SheetFixtures.workbook(sheet -> {
            sheet.value(2, 0, "imei");
            sheet.value(5, 0, "490154203237517");
        });

        SheetReport report = SheetFixtures.read(xlsx, Format.XLSX);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.code()).isEqualTo("imei.checksum");
        });
    }

    @Test
    void exportWritesABoldFrozenHeaderAndTheImeiAsText() {
        byte[] xlsx = SheetFixtures.write(List.of(SheetFixtures.minimal(0, IMEI_1)), Format.XLSX);

        String sheet = SheetFixtures.part(xlsx, SHEET);
        assertThat(sheet).contains("<pane ", "state=\"frozen\"", "<autoFilter ", "<col ");
        assertThat(sheet).doesNotContain("<v>" + IMEI_1 + "</v>");
        assertThat(SheetFixtures.part(xlsx, "xl/sharedStrings.xml")).contains(IMEI_1, "imei", "poller port");
        assertThat(SheetFixtures.part(xlsx, "xl/styles.xml")).contains("<b/>", "formatCode=\"@\"");
    }

    @Test
    void aTruncatedWorkbookIsOneProblemNotAnException() {
        byte[] xlsx = SheetFixtures.write(List.of(SheetFixtures.minimal(0, IMEI_1)), Format.XLSX);

        SheetReport report = SheetFixtures.read(Arrays.copyOf(xlsx, xlsx.length / 2), Format.XLSX);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("file.unreadable");
            assertThat(problem.line()).isZero();
            assertThat(problem.message()).contains("damaged").doesNotContain("Exception", "dhatim", "commons");
        });
    }

    @Test
    void malformedSheetXmlIsDamaged() {
        byte[] xlsx = SheetFixtures.write(List.of(SheetFixtures.minimal(0, IMEI_1)), Format.XLSX);
        byte[] broken = SheetFixtures.withPart(xlsx, SHEET, xml -> xml.replace("<sheetData>", "<sheetData><row><c r"));

        assertThat(SheetFixtures.read(broken, Format.XLSX).problems()).singleElement()
                .extracting(SheetProblem::code).isEqualTo("file.unreadable");
    }

    @Test
    void bytesThatAreNotAZipAreNotAWorkbook() {
        SheetReport report = SheetFixtures.read("imei\n490154203237518\n".getBytes(), Format.XLSX);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("file.unreadable");
            assertThat(problem.message()).contains("not an XLSX workbook");
        });
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() {
        byte[] xlsx = SheetFixtures.withPart(SheetFixtures.workbook(List.of("imei"), List.of()), "xl/padding.xml",
                xml -> "<x>" + " ".repeat(2 << 20) + "</x>");
        var limits = new SheetLimits(100, 1 << 20, 1 << 20, 100);

        SheetReport report = SheetFixtures.read(xlsx, Format.XLSX, limits);

        assertThat(xlsx.length).isLessThan(1 << 16);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("file.too_large");
            assertThat(problem.message()).contains("unpacks to more than 1 MiB");
        });
    }

    @Test
    void aCellReferencePastTheLastColumnIsRefused() {
        byte[] xlsx = SheetFixtures.workbook(List.of("imei"), List.of(List.of(IMEI_1)));
        byte[] crafted = SheetFixtures.withPart(xlsx, SHEET, xml -> xml.replace("r=\"A2\"", "r=\"ZZZZZZ2\""));

        assertThat(SheetFixtures.read(crafted, Format.XLSX).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("file.unreadable");
            assertThat(problem.message()).contains("past the last column");
        });
    }

    @Test
    void aSharedStringIndexPastTheTableIsRefused() {
        byte[] xlsx = SheetFixtures.workbook(List.of("imei"), List.of(List.of(IMEI_1)));
        byte[] crafted = SheetFixtures.withPart(xlsx, SHEET, xml -> xml.replace("<v>1</v>", "<v>2000000000</v>"));
        assertThat(SheetFixtures.part(crafted, SHEET)).contains("2000000000");

        assertThat(SheetFixtures.read(crafted, Format.XLSX).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("file.unreadable");
            assertThat(problem.message()).contains("shared string 2000000000");
        });
    }

    @Test
    void rowsBeforeDamageFurtherDownStillNeedTheWholeFileToBeSound() {
        byte[] xlsx = SheetFixtures.workbook(List.of("imei"), List.of(List.of(IMEI_1), List.of(IMEI_2)));
        byte[] broken = SheetFixtures.withPart(xlsx, SHEET, xml -> xml.replace("<v>2</v>", "<v>x</v>"));

        SheetReport report = SheetFixtures.read(broken, Format.XLSX);

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.errors()).extracting(SheetProblem::code).containsExactly("file.unreadable");
    }
}
