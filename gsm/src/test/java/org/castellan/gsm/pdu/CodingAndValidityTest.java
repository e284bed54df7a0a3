package org.castellan.gsm.pdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** TP-DCS groups (TS 23.038 §4) and relative TP-VP steps (TS 23.040 §9.2.3.12.1). */
class CodingAndValidityTest {

    @Test
    void dataCodingGroupsNameTheirAlphabets() {
        assertThat(new DataCodingScheme(0x00).alphabet()).isEqualTo(Alphabet.GSM_7BIT);
        assertThat(new DataCodingScheme(0x08).alphabet()).isEqualTo(Alphabet.UCS2);
        assertThat(new DataCodingScheme(0x04).alphabet()).isEqualTo(Alphabet.EIGHT_BIT);
        assertThat(new DataCodingScheme(0x18).alphabet()).isEqualTo(Alphabet.UCS2); // class 0
        assertThat(new DataCodingScheme(0x48).alphabet()).isEqualTo(Alphabet.UCS2); // automatic deletion group
        assertThat(new DataCodingScheme(0xE0).alphabet()).isEqualTo(Alphabet.UCS2); // message waiting, UCS-2
        assertThat(new DataCodingScheme(0xD0).alphabet()).isEqualTo(Alphabet.GSM_7BIT);
        assertThat(new DataCodingScheme(0xF0).alphabet()).isEqualTo(Alphabet.GSM_7BIT); // class 0 flash
        assertThat(new DataCodingScheme(0xF5).alphabet()).isEqualTo(Alphabet.EIGHT_BIT);
        assertThat(new DataCodingScheme(0x90).alphabet()).isEqualTo(Alphabet.GSM_7BIT); // reserved group
        assertThat(new DataCodingScheme(0x0C).alphabet()).isEqualTo(Alphabet.GSM_7BIT); // reserved alphabet
    }

    @Test
    void onlyTheGeneralGroupsCanBeCompressed() {
        assertThat(new DataCodingScheme(0x20).compressed()).isTrue();
        assertThat(new DataCodingScheme(0x60).compressed()).isTrue();
        assertThat(new DataCodingScheme(0xF0).compressed()).isFalse();
    }

    @Test
    void relativeValidityStepsFromFiveMinutesTo63Weeks() {
        assertThat(new ValidityPeriod.Relative(0).period()).isEqualTo(Duration.ofMinutes(5));
        assertThat(new ValidityPeriod.Relative(143).period()).isEqualTo(Duration.ofHours(12));
        assertThat(new ValidityPeriod.Relative(144).period()).isEqualTo(Duration.ofMinutes(12 * 60 + 30));
        assertThat(new ValidityPeriod.Relative(167).period()).isEqualTo(Duration.ofHours(24));
        assertThat(new ValidityPeriod.Relative(168).period()).isEqualTo(Duration.ofDays(2));
        assertThat(ValidityPeriod.Relative.FOUR_DAYS.period()).isEqualTo(Duration.ofDays(4));
        assertThat(new ValidityPeriod.Relative(196).period()).isEqualTo(Duration.ofDays(30));
        assertThat(new ValidityPeriod.Relative(197).period()).isEqualTo(Duration.ofDays(35));
        assertThat(new ValidityPeriod.Relative(255).period()).isEqualTo(Duration.ofDays(63 * 7));
    }

    @Test
    void theShortestCodeCoveringAPeriodIsChosen() {
        assertThat(ValidityPeriod.Relative.atLeast(Duration.ofDays(4))).isEqualTo(ValidityPeriod.Relative.FOUR_DAYS);
        assertThat(ValidityPeriod.Relative.atLeast(Duration.ofMinutes(61)).code()).isEqualTo(12);
        assertThat(ValidityPeriod.Relative.atLeast(Duration.ofDays(1000)).code()).isEqualTo(255);
    }
}
