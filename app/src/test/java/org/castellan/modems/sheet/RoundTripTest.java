package org.castellan.modems.sheet;

import org.castellan.modems.Sharing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_1;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_2;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_3;
import static org.castellan.modems.sheet.SheetFixtures.IMEI_4;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoundTripTest {
    private static final List<ModemRow> ROWS = List.of(
            new ModemRow(2, IMEI_1, 0, "Котельная №3, ввод 1", "ТСЖ «Берёзка»", "Котельная; корпус 2",
                    "+79161234567", "iRZ ATM2-485", 35001, Sharing.EXCLUSIVE, "Ключ у охраны\nзвонить заранее"),
            new ModemRow(3, IMEI_2, 1, "锅炉房 二号", "北京热力集团", "朝阳站点", "+8613800138000", "ATM21.B", 35002,
                    Sharing.BROADCAST, "备注：\"两个\" 抄表员"),
            new ModemRow(4, IMEI_3, 9, "=HYPERLINK(\"http://x\")", null, null, "84951234567", null, null,
                    Sharing.TURNS, "'+ already escaped"),
            SheetFixtures.minimal(5, IMEI_4));

    @ParameterizedTest
    @EnumSource(Format.class)
    void writtenListReadsBackTheSameRowsWithoutProblems(Format format) {
        byte[] file = SheetFixtures.write(ROWS, format);

        SheetReport report = SheetFixtures.read(file, format);

        assertThat(report.problems()).isEmpty();
        assertThat(report.rows()).containsExactlyElementsOf(ROWS);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void anEmptyListIsWrittenAsAHeaderAlone(Format format) {
        SheetReport report = SheetFixtures.read(SheetFixtures.write(List.of(), format), format);

        assertThat(report.rows()).isEmpty();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("file.empty");
            assertThat(p.message()).contains("below the header on line 1");
        });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void formatDetectionRecognisesWhatWasWritten(Format format) {
        assertThat(Format.detect("download", SheetFixtures.write(ROWS, format))).isEqualTo(format);
    }
}
