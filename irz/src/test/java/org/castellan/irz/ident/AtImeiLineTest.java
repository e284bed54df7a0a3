package org.castellan.irz.ident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.castellan.irz.GoldenVectors.IDENT_LINE_COLPROT;
import static org.castellan.irz.GoldenVectors.IDENT_LINE_RAW_CHN;
import static org.castellan.irz.GoldenVectors.IMEI;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SequencedMap;
import org.castellan.irz.IrzDecodingException;
import org.castellan.irz.SignalQuality;
import org.junit.jupiter.api.Test;

class AtImeiLineTest {

    private static String line(byte[] vector) {
        return new String(vector, 0, vector.length - 1, StandardCharsets.US_ASCII); // without \n
    }

    @Test
    void colprotLineGivesEveryTypedField() throws IrzDecodingException {
        ModemIdentity id = AtImeiLine.parse(line(IDENT_LINE_COLPROT));

        assertThat(id.id()).isEqualTo(DeviceId.imei(IMEI));
        assertThat(id.channel()).isZero();
        assertThat(id.simSlot()).isEqualTo(OptionalInt.of(0));
        assertThat(id.signal()).contains(new SignalQuality(17));
        assertThat(id.signal().orElseThrow().dbm()).isEqualTo(OptionalInt.of(-79));
        assertThat(id.colprotVersion()).contains("1.3");
        assertThat(id.usesColprot()).isTrue();
        assertThat(id.model()).contains("ATM31");
        assertThat(id.deviceType()).contains("ATM");
        assertThat(id.firmware()).contains("01.03 build 016.353 hw 2.0");
        assertThat(id.field("INT")).contains("485+232");
    }

    @Test
    void everyKeyIsKeptInOrder() throws IrzDecodingException {
        ModemIdentity id = AtImeiLine.parse(line(IDENT_LINE_RAW_CHN));
        assertThat(List.copyOf(id.fields().keySet())).containsExactly("IMEI", "PSW", "TYP", "DEV", "VER", "REV",
                "BLD", "HDW", "SIM", "CSQ", "ATP", "INT", "CHN", "MOD", "IP", "PORT");
    }

    @Test
    void rawLineWithChannelAndServerBlock() throws IrzDecodingException {
        ModemIdentity id = AtImeiLine.parse(line(IDENT_LINE_RAW_CHN));

        assertThat(id.usesColprot()).isFalse();
        assertThat(id.channel()).isEqualTo(2);
        assertThat(id.simSlot()).isEqualTo(OptionalInt.of(1));
        assertThat(id.signal()).contains(new SignalQuality(99));
        assertThat(id.signal().orElseThrow().dbm()).isEmpty();
        assertThat(id.field("PORT")).contains("35001");
    }

    @Test
    void unknownKeysAndValuelessTokensAreKept() throws IrzDecodingException {
        ModemIdentity id = AtImeiLine.parse("AT$IMEI=" + IMEI + ",XYZ=7,FLAG,");
        assertThat(id.fields()).containsEntry("XYZ", "7").containsEntry("FLAG", "");
    }

    @Test
    void formatWritesTheGoldenLineBack() throws IrzDecodingException {
        SequencedMap<String, String> fields = AtImeiLine.parseFields(line(IDENT_LINE_COLPROT));
        assertThat(AtImeiLine.format(fields)).isEqualTo(IDENT_LINE_COLPROT);
    }

    @Test
    void imeiOfFourteenToSeventeenDigitsIsAccepted() throws IrzDecodingException {
        assertThat(AtImeiLine.parse("AT$IMEI=12345678901234,").id().value()).hasSize(14);
        assertThat(AtImeiLine.parse("AT$IMEI=12345678901234567,").id().value()).hasSize(17);
    }

    @Test
    void badImeiNamesTheField() {
        assertThatThrownBy(() -> AtImeiLine.parse("AT$IMEI=86123004567890A,CSQ=17,"))
                .isInstanceOfSatisfying(IrzDecodingException.class, e -> {
                    assertThat(e.field()).isEqualTo("IMEI");
                    assertThat(e.expected()).isEqualTo("14–17 digits");
                    assertThat(e.found()).isEqualTo("\"86123004567890A\"");
                });
    }

    @Test
    void badChannelIsMalformed() {
        assertThatThrownBy(() -> AtImeiLine.parse("AT$IMEI=" + IMEI + ",CHN=x,"))
                .isInstanceOfSatisfying(IrzDecodingException.class, e -> assertThat(e.field()).isEqualTo("CHN"));
    }

    @Test
    void garbledSignalIsKeptAsTextButNotAsSignal() throws IrzDecodingException {
        ModemIdentity id = AtImeiLine.parse("AT$IMEI=" + IMEI + ",CSQ=45,");
        assertThat(id.signal()).isEmpty();
        assertThat(id.field("CSQ")).contains("45");
    }

    @Test
    void colprotZeroMeansRawMode() throws IrzDecodingException {
        assertThat(AtImeiLine.parse("AT$IMEI=" + IMEI + ",COLPROT=0,").usesColprot()).isFalse();
    }

    @Test
    void controlCharactersAreMalformed() {
        assertThatThrownBy(() -> AtImeiLine.parse("AT$IMEI=" + IMEI + ",A=\u0001,"))
                .isInstanceOf(IrzDecodingException.class).hasMessageContaining("printable ASCII");
    }

    @Test
    void toStringHidesThePassword() throws IrzDecodingException {
        assertThat(AtImeiLine.parse(line(IDENT_LINE_COLPROT)).toString()).contains("PSW=****").doesNotContain("5492");
    }

    @Test
    void formatRefusesValuesThatWouldBreakTheLine() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("IMEI", IMEI);
        fields.put("X", "a,b");
        assertThatThrownBy(() -> AtImeiLine.format(fields)).isInstanceOf(IllegalArgumentException.class);
    }
}
