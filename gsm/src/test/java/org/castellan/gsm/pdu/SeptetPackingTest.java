package org.castellan.gsm.pdu;

import static org.assertj.core.api.Assertions.assertThat;

import org.castellan.gsm.Hex;
import org.junit.jupiter.api.Test;

/** Septets in octets, TS 23.038 §6.1.2.1.1. */
class SeptetPackingTest {

    @Test
    void hellohelloPacksAsInEveryTutorial() throws Exception {
        // Lars Pettersson, "SMS messages and the PDU format": "hellohello" → E8329BFD4697D9EC37
        int[] septets = Gsm7Alphabet.encode("hellohello");

        assertThat(Hex.compact(SeptetPacking.pack(septets, 0))).isEqualTo("E8329BFD4697D9EC37");
        assertThat(Gsm7Alphabet.decode(SeptetPacking.unpack(Hex.parse("E8329BFD4697D9EC37"), 0, 0, 10)))
                .isEqualTo("hellohello");
    }

    @Test
    void helloWorldPacksWithAndWithoutAFillBitAsWikipediaShows() {
        // Wikipedia, "Concatenated SMS", PDU Mode SMS
        int[] septets = Gsm7Alphabet.encode("Hello world");

        assertThat(Hex.spaced(SeptetPacking.pack(septets, 0))).isEqualTo("C8 32 9B FD 06 DD DF 72 36 19");
        assertThat(Hex.spaced(SeptetPacking.pack(septets, 1))).isEqualTo("90 65 36 FB 0D BA BF E5 6C 32");
    }

    @Test
    void eightSeptetsFillSevenOctetsExactly() {
        assertThat(SeptetPacking.packedLength(8, 0)).isEqualTo(7);
        assertThat(SeptetPacking.packedLength(160, 0)).isEqualTo(140);
        assertThat(SeptetPacking.packedLength(153, 1)).isEqualTo(134);
        assertThat(SeptetPacking.pack(new int[] {0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F, 0x7F}, 0))
                .containsOnly((byte) 0xFF).hasSize(7);
    }

    @Test
    void everyFillBitCountUnpacksWhatItPacked() {
        int[] septets = {0x00, 0x7F, 0x55, 0x2A, 0x01, 0x40, 0x1B, 0x3C, 0x7E};
        for (int fill = 0; fill <= 6; fill++) {
            byte[] packed = SeptetPacking.pack(septets, fill);
            assertThat(packed).hasSize(SeptetPacking.packedLength(septets.length, fill));
            assertThat(SeptetPacking.unpack(packed, 0, fill, septets.length)).as("fill %d", fill)
                    .containsExactly(septets);
        }
    }
}
