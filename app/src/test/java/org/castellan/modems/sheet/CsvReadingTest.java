package org.castellan.modems.sheet;

import org.castellan.modems.Sharing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_1;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_2;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_3;
import static org.castellan.modems.sheet.SheetFixtures.readCsv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvReadingTest {

    /** What Russian Windows Excel's "Save as CSV (delimited)" writes: Windows-1251, semicolons, CRLF. */
    @Test
    void russianExcelCsvInWindows1251WithSemicolonsIsRead() {
        String csv = "IMEI;Канал;Название;Организация;Объект;Телефон;Модель;Порт;Доступ;Примечание\r\n"
                + IMEI_1 + ";0;Котельная №3;ТСЖ «Берёзка»;Ввод 1;+7 916 123-45-67;iRZ ATM2;35001;по очереди;"
                + "ключ у охраны\r\n";

        SheetReport report = readCsv(csv, CsvText.WINDOWS_1251);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).containsExactly(new ModemRow(2, IMEI_1, 0, "Котельная №3", "ТСЖ «Берёзка»",
                "Ввод 1", "+79161234567", "iRZ ATM2", 35001, Sharing.TURNS, "ключ у охраны"));
    }

    @Test
    void utf8WithByteOrderMarkIsRead() {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(("imei,名称\n" + IMEI_1 + ",锅炉房\n").getBytes(StandardCharsets.UTF_8));

        SheetReport report = SheetFixtures.read(bytes.toByteArray(), Format.CSV);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).singleElement().extracting(ModemRow::name).isEqualTo("锅炉房");
    }

    @Test
    void utf8WithoutByteOrderMarkIsNotMistakenForWindows1251() {
        SheetReport report = readCsv("imei;название\n" + IMEI_1 + ";Котельная\n");

        assertThat(report.rows()).singleElement().extracting(ModemRow::name).isEqualTo("Котельная");
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.writeBytes(("imei\tname\r\n" + IMEI_1 + "\tКотельная\r\n").getBytes(StandardCharsets.UTF_16LE));

        SheetReport report = SheetFixtures.read(bytes.toByteArray(), Format.CSV);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).singleElement().extracting(ModemRow::name).isEqualTo("Котельная");
    }

    @Test
    void quotedFieldsKeepSemicolonsQuotesAndLineBreaks() {
        String csv = "imei;name;notes\r\n"
                + IMEI_1 + ";\"Котельная; ввод \"\"А\"\"\";\"первая строка\r\nвторая строка\"\r\n"
                + IMEI_2 + ";second;\n";

        SheetReport report = readCsv(csv);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).extracting(ModemRow::name)
                .containsExactly("Котельная; ввод \"А\"", "second");
        assertThat(report.rows().get(0).notes()).isEqualTo("первая строка\r\nвторая строка");
    }

    @Test
    void rowNumbersCountRecordsAsASpreadsheetShowsThemNotTextLines() {
        String csv = "imei,notes\n" + IMEI_1 + ",\"two\nlines\"\n" + "490154203237517,bad checksum\n";

        SheetReport report = readCsv(csv);

        assertThat(report.rows()).extracting(ModemRow::line).containsExactly(2);
        assertThat(report.problems()).singleElement().extracting(SheetProblem::line).isEqualTo(3);
    }

    @Test
    void commaIsTheDelimiterWhenTheHeaderHasMoreCommasThanSemicolons() {
        SheetReport report = readCsv("imei,name,notes\n" + IMEI_1 + ",A; B,x;y\n");

        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("A; B");
            assertThat(row.notes()).isEqualTo("x;y");
        });
    }

    @Test
    void excelSeparatorHintLineNamesTheDelimiterAndIsNotARow() {
        SheetReport report = readCsv("sep=;\r\nimei;name\r\n" + IMEI_1 + ";A, B\r\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("A, B");
            assertThat(row.line()).isEqualTo(2);
        });
    }

    @Test
    void loneCarriageReturnsEndLinesToo() {
        SheetReport report = readCsv("imei,name\r" + IMEI_1 + ",a\r" + IMEI_2 + ",b");

        assertThat(report.rows()).extracting(ModemRow::line).containsExactly(2, 3);
    }

    @Test
    void blankLinesAreSkippedButKeepTheirRowNumbers() {
        SheetReport report = readCsv("\nimei\n\n" + IMEI_1 + "\n , \n" + IMEI_2 + "\n\n\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).extracting(ModemRow::line).containsExactly(4, 6);
    }

    @Test
    void anUnclosedQuoteIsOneErrorOnTheRowWhereItOpens() {
        String csv = "imei,name\n" + IMEI_1 + ",ok\n" + IMEI_2 + ",\"never closed\n" + IMEI_3 + ",lost\n";

        SheetReport report = readCsv(csv);

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("csv.unterminated_quote");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("row 3 (text line 3)");
        });
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void formulaLookingTextKeepsItsApostropheOnlyWhenExportEscapedIt() {
        SheetReport report = readCsv("imei,name,notes\n" + IMEI_1 + ",'=1+1,'note\n");

        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("=1+1");
            assertThat(row.notes()).isEqualTo("'note");
        });
    }

    @Test
    void aWorkbookUploadedAsCsvIsExplained() {
        byte[] xlsx = SheetFixtures.write(java.util.List.of(SheetFixtures.minimal(2, IMEI_1)), Format.XLSX);

        SheetReport report = SheetFixtures.read(xlsx, Format.CSV);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("file.unreadable");
            assertThat(problem.line()).isZero();
            assertThat(problem.message()).contains("import it as XLSX");
        });
    }

    @Test
    void binaryDataIsNotText() {
        SheetReport report = SheetFixtures.read(new byte[] {'i', 'm', 'e', 'i', 0, 1, 2}, Format.CSV);

        assertThat(report.problems()).singleElement().extracting(SheetProblem::code).isEqualTo("file.unreadable");
    }

    @Test
    void aRecordOfThousandsOfFieldsIsRefusedNotAllocated() {
        SheetReport report = readCsv("imei" + ";".repeat(5_000) + "\n");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("file.unreadable");
            assertThat(problem.line()).isEqualTo(1);
        });
    }
}
