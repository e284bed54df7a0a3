package org.castellan.tem106.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MeterNumbersTest {
    @Test
    void charIsUnsigned() {
        assertThat(MeterNumbers.c(new byte[] {(byte) 0xAA}, 0)).isEqualTo(170); // seed §7
    }

    @Test
    void intIsBigEndian() {
        assertThat(MeterNumbers.i(SeedVectors.INT_21827, 0)).isEqualTo(21827);
    }

    @Test
    void longIsBigEndianAndUnsigned() {
        assertThat(MeterNumbers.l(SeedVectors.LONG_21827345, 0)).isEqualTo(21827345L);
        assertThat(MeterNumbers.l(SeedVectors.hex("FF FF FF FF"), 0)).isEqualTo(4294967295L);
    }

    @Test
    void floatIsBigEndianIeee754() {
        assertThat(MeterNumbers.f(SeedVectors.FLOAT_21827345, 0)).isEqualTo(21827345.0f);
    }

    @Test
    void writersAreTheInverseOfTheSeedVectors() {
        byte[] bytes = new byte[4];
        MeterNumbers.putI(bytes, 0, 21827);
        assertThat(bytes).startsWith(SeedVectors.INT_21827);
        MeterNumbers.putL(bytes, 0, 21827345L);
        assertThat(bytes).isEqualTo(SeedVectors.LONG_21827345);
        MeterNumbers.putF(bytes, 0, 21827345.0f);
        assertThat(bytes).isEqualTo(SeedVectors.FLOAT_21827345);
    }

    @Test
    void bcdReadsTwoDigits() throws DecodingException {
        assertThat(MeterNumbers.bcd(new byte[] {0x59}, 0, "rtc_ss_2k")).isEqualTo(59);
    }

    @Test
    void bcdWithANibbleAboveNineNamesTheField() {
        assertThatThrownBy(() -> MeterNumbers.bcd(new byte[] {0x3A}, 0, "rtc_hh_2k"))
                .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("rtc_hh_2k: expected two BCD digits, found 0x3A"));
    }

    @Test
    void checksumOfTheSeedIdentifyIsAB() {
        assertThat(Checksum.of(SeedVectors.IDENTIFY_REQUEST, 0, 6)).isEqualTo(0xAB);
    }
}
