package org.castellan.modems.sheet;

import org.castellan.modems.Imei;
import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_1;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_2;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_3;
import static org.castellan.modems.sheet.SheetFixtures.readCsv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.castellan.modems.sheet.SheetProblem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The checks of a file as a whole: header, duplicates across rows, emptiness, size and row limits. */
class SheetChecksTest {

    @Test
    void theSameImeiAndChannelTwiceIsADuplicateOnTheLaterRow() {
        SheetReport report = readCsv("imei,channel\n" + IMEI_1 + ",0\n" + IMEI_1 + ",1\n" + IMEI_2 + ",0\n"
                + "49015420-3237518,0\n");

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("row.duplicate");
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.column()).isEqualTo("imei");
            assertThat(problem.message()).contains("already on line 2");
        });
        assertThat(report.rows()).extracting(ModemRow::line).containsExactly(2, 3, 4);
    }

    @Test
    void theSamePollerPortTwiceIsADuplicate() {
        SheetReport report = readCsv("imei;port\n" + IMEI_1 + ";35001\n" + IMEI_2 + ";\n" + IMEI_3 + ";35001\n");

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("port.duplicate");
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("poller port");
            assertThat(problem.message()).contains("already given to line 2");
        });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void anEmptyFileIsOneError(Format format) {
        SheetReport report = SheetFixtures.read(new byte[0], format);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("file.empty");
            assertThat(problem.line()).isZero();
        });
    }

    @Test
    void blankLinesOnlyAreAnEmptyFile() {
        assertThat(readCsv("\r\n ; \r\n\r\n").problems()).extracting(SheetProblem::code).containsExactly("file.empty");
    }

    @Test
    void aFileThatStartsWithDataHasNoHeader() {
        SheetReport report = readCsv(IMEI_1 + ";Котельная\n" + IMEI_2 + ";Склад\n");

        assertThat(report.rows()).isEmpty();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("header.no_imei");
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("must name the columns", "imei, channel, name");
        });
    }

    @Test
    void aHeaderWithoutImeiIsRefused() {
        assertThat(readCsv("name;channel\nx;0\n").problems()).extracting(SheetProblem::code)
                .containsExactly("header.no_imei");
    }

    @Test
    void unknownColumnsAreAWarningAndIgnored() {
        SheetReport report = readCsv("imei,ICCID,name\n" + IMEI_1 + ",8970101,Boiler\n");

        assertThat(report.hasErrors()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("header.unknown");
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.column()).isEqualTo("ICCID");
        });
        assertThat(report.rows()).singleElement().extracting(ModemRow::name).isEqualTo("Boiler");
    }

    @Test
    void twoHeadersForOneColumnAreAnError() {
        SheetReport report = readCsv("imei;name;название\n" + IMEI_1 + ";first;second\n");

        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("header.duplicate");
            assertThat(problem.column()).isEqualTo("название");
        });
        assertThat(report.rows()).singleElement().extracting(ModemRow::name).isEqualTo("first");
    }

    @Test
    void valuesRightOfTheHeaderAreAWarning() {
        SheetReport report = readCsv("imei\n" + IMEI_1 + ",stray\n");

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("row.extra_cells");
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.line()).isEqualTo(2);
        });
        assertThat(report.rows()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void oneRowOverTheLimitRefusesTheFile(Format format) {
        List<ModemRow> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String first14 = String.format("35000000000%03d", i);
            rows.add(SheetFixtures.minimal(i + 2, first14 + Imei.checkDigit(first14)));
        }
        byte[] file = SheetFixtures.write(rows, format);

        SheetReport atLimit = SheetFixtures.read(file, format, SheetLimits.DEFAULTS.withMaxRows(6));
        SheetReport overLimit = SheetFixtures.read(file, format, SheetLimits.DEFAULTS.withMaxRows(5));

        assertThat(atLimit.problems()).isEmpty();
        assertThat(overLimit.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("file.too_many_rows");
            assertThat(problem.line()).isZero();
            assertThat(problem.message()).contains("more than 5 modem rows", "line 7");
        });
    }

    @Test
    void theDefaultRowLimitIsTwentyThousand() {
        assertThat(SheetLimits.DEFAULTS.maxRows()).isEqualTo(20_000);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aFileOverTheSizeLimitIsRefusedUnread(Format format) {
        byte[] file = ("imei\n" + (IMEI_1 + "\n").repeat(100)).getBytes(StandardCharsets.UTF_8);
        var limits = new SheetLimits(20_000, 1_000, 1 << 20, 1_000);

        SheetReport report = SheetFixtures.read(file, format, limits);

        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("file.too_large");
            assertThat(problem.message()).contains("larger than 1000 bytes");
        });
    }

    @Test
    void problemsPastTheLimitAreCountedAndStillRefuseTheImport() {
        StringBuilder csv = new StringBuilder("imei\n");
        for (String imei : List.of(IMEI_1, IMEI_2, IMEI_3)) {
            csv.append(imei).append(",stray\n");
        }
        csv.append("490154203237517\n".repeat(10));
        var limits = new SheetLimits(100, 1 << 20, 1 << 20, 3);

        SheetReport report = SheetFixtures.read(csv.toString().getBytes(StandardCharsets.UTF_8), Format.CSV, limits);

        assertThat(report.problems()).extracting(SheetProblem::code).containsExactly("row.extra_cells",
                "row.extra_cells", "row.extra_cells", "file.too_many_problems");
        assertThat(report.problems().getLast()).satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.message()).startsWith("10 more problems");
        });
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void everyProblemCodeHasADistinctKey() {
        assertThat(Arrays.stream(ProblemCode.values()).map(ProblemCode::key)).doesNotHaveDuplicates()
                .allMatch(key -> key.matches("[a-z]+\\.[a-z_]+"));
    }
}
