package org.castellan.modems.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void zipMagicIsXlsxWhateverTheName() {
        assertThat(Format.detect("modems.csv", new byte[] {'P', 'K', 3, 4, 20})).isEqualTo(Format.XLSX);
        assertThat(Format.detect(null, new byte[] {'P', 'K', 3, 4})).isEqualTo(Format.XLSX);
    }

    @Test
    void oldBinaryExcelIsGivenToTheXlsxReaderWhichExplainsIt() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(Format.detect("modems.xls", ole2)).isEqualTo(Format.XLSX);
        assertThat(SheetFixtures.read(ole2, Format.XLSX).problems())
                .singleElement().extracting(SheetProblem::code).isEqualTo("file.legacy_xls");
    }

    @Test
    void textIsCsvUnlessNamedXlsx() {
        byte[] text = "imei;name".getBytes(StandardCharsets.UTF_8);
        assertThat(Format.detect("modems.csv", text)).isEqualTo(Format.CSV);
        assertThat(Format.detect("MODEMS.XLSX", text)).isEqualTo(Format.XLSX);
        assertThat(Format.detect("list.txt", new byte[0])).isEqualTo(Format.CSV);
        assertThat(Format.detect(null, null)).isEqualTo(Format.CSV);
    }
}
