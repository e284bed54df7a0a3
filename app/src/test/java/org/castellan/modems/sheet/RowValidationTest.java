package org.castellan.modems.sheet;

import org.castellan.modems.Sharing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_1;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_2;
import static org.castellan.modems.sheet.SheetFixtures.readCsv;

import org.castellan.modems.sheet.SheetProblem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule of a row: a file whose header is line 1, a good row on line 2 and the row under test on line 3, which
 * must be refused with exactly one error naming line 3, the column and the rule.
 */
class RowValidationTest {
    private static final String HEADER = "imei;channel;name;organization;site;phone;model;poller port;sharing;notes\n";
    private static final String GOOD = IMEI_1 + ";0;Boiler house;;;;;;;\n";

    private static SheetReport readWithRow(String row) {
        return readCsv(HEADER + GOOD + row + "\n");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // row under test                                      | code             | column
        ";0;no imei;;;;;;;                                     | imei.missing     | imei",
        "49015420323751;0;;;;;;;;                              | imei.format      | imei",
        "4901542032375180;0;;;;;;;;                            | imei.format      | imei",
        "49015420323751O;0;;;;;;;;                             | imei.format      | imei",
        "3.56938E+14;0;;;;;;;;                                 | imei.scientific  | imei",
        "490154203237517;0;;;;;;;;                             | imei.checksum    | imei",
        "356938035643809;x;;;;;;;;                             | channel.format   | channel",
        "356938035643809;1.5;;;;;;;;                           | channel.format   | channel",
        "356938035643809;10;;;;;;;;                            | channel.range    | channel",
        "356938035643809;-1;;;;;;;;                            | channel.range    | channel",
        "356938035643809;0;;;;12345;;;;                        | phone.format     | phone",
        "356938035643809;0;;;;+7916;;;;                        | phone.format     | phone",
        "356938035643809;0;;;;+7 916 123 45 67 ext 2;;;;       | phone.format     | phone",
        "356938035643809;0;;;;;;1023;;                         | port.range       | poller port",
        "356938035643809;0;;;;;;65536;;                        | port.range       | poller port",
        "356938035643809;0;;;;;;auto;;                         | port.format      | poller port",
        "356938035643809;0;;;;;;;shared;                       | sharing.unknown  | sharing",
    })
    void aBadCellIsReportedWithItsLineColumnAndRule(String row, String code, String column) {
        SheetReport report = readWithRow(row.strip());

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(report.rows()).extracting(ModemRow::line).containsExactly(2);
    }

    @ParameterizedTest(name = "{0} of {1} characters")
    @CsvSource({"name, 101, name.length", "organization, 201, organization.length", "site, 201, site.length",
        "model, 51, model.length", "notes, 501, notes.length"})
    void tooLongTextIsReportedWithItsLength(String column, int length, String code) {
        String csv = "imei," + column + "\n" + IMEI_1 + ",ok\n" + IMEI_2 + "," + "Ж".repeat(length) + "\n";

        SheetReport report = readCsv(csv);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.code()).isEqualTo(code);
            assertThat(problem.message()).contains(length + " characters", (length - 1) + " are allowed");
        });
    }

    @Test
    void textAtItsLimitIsAccepted() {
        String csv = "imei,name,notes\n" + IMEI_1 + "," + "名".repeat(100) + "," + "x".repeat(500) + "\n";

        assertThat(readCsv(csv).problems()).isEmpty();
    }

    @Test
    void checksumMessageSaysWhichDigitWasExpected() {
        SheetReport report = readWithRow("490154203237517;0;;;;;;;;");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.value()).isEqualTo("490154203237517");
            assertThat(problem.message()).contains("check digit is 7, expected 8");
        });
    }

    @Test
    void oneRowWithSeveralBadCellsGetsOneErrorPerCell() {
        SheetReport report = readWithRow("490154203237517;12;;;;abc;;80;everyone;");

        assertThat(report.problems()).extracting(SheetProblem::code)
                .containsExactly("imei.checksum", "channel.range", "phone.format", "port.range", "sharing.unknown");
        assertThat(report.problems()).extracting(SheetProblem::line).containsOnly(3);
    }

    @Test
    void absentOptionalCellsTakeTheirDefaults() {
        SheetReport report = readCsv("imei\n" + IMEI_1 + "\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).containsExactly(SheetFixtures.minimal(2, IMEI_1));
    }

    @Test
    void imeiSpacesAndDashesAndPhonePunctuationAreNormalised() {
        SheetReport report = readCsv("imei,phone\n\" 49-015420 323751-8 \",+7 (916) 123-45-67\n"
                + IMEI_2 + ",8 (495) 123.45.67\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).extracting(ModemRow::imei, ModemRow::phone)
                .containsExactly(tuple(IMEI_1, "+79161234567"),
                        tuple(IMEI_2, "84951234567"));
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({"exclusive, EXCLUSIVE", "TURNS, TURNS", "Broadcast, BROADCAST", "монопольно, EXCLUSIVE",
        "По очереди, TURNS", "всем, BROADCAST", "独占, EXCLUSIVE", "轮流, TURNS", "广播, BROADCAST", "'', TURNS"})
    void sharingIsReadInEnglishRussianAndChinese(String text, Sharing sharing) {
        SheetReport report = readCsv("imei,sharing\n" + IMEI_1 + "," + text + "\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).singleElement().extracting(ModemRow::sharing).isEqualTo(sharing);
    }

    @Test
    void portsAtTheEndsOfTheRangeAreAccepted() {
        SheetReport report = readCsv("imei,channel,poller port\n" + IMEI_1 + ",9,1024\n" + IMEI_2 + ",0,65535\n");

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).extracting(ModemRow::pollerPort).containsExactly(1024, 65535);
    }
}
