package org.castellan.gsm.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.castellan.gsm.GsmDecodingException;
import org.junit.jupiter.api.Test;

/** The default alphabet and its extension table, TS 23.038 §6.2.1. */
class Gsm7AlphabetTest {

    @Test
    void basicCharactersCostOneSeptetAndExtensionCharactersTwo() {
        assertThat(Gsm7Alphabet.septetCount("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"))
                .isEqualTo(63);
        assertThat(Gsm7Alphabet.septetCount("¡ABCXYZÄÖÑÜ§¿abcxyzäöñüà")).isEqualTo(24);
        assertThat(Gsm7Alphabet.septetCount("€[]{}\\~^|\f")).isEqualTo(20);
    }

    @Test
    void extensionCharactersAreEscapedWithTheirCodes() {
        assertThat(Gsm7Alphabet.encode("€^{}\\[~]|\f"))
                .containsExactly(0x1B, 0x65, 0x1B, 0x14, 0x1B, 0x28, 0x1B, 0x29, 0x1B, 0x2F, 0x1B, 0x3C, 0x1B, 0x3D,
                        0x1B, 0x3E, 0x1B, 0x40, 0x1B, 0x0A);
    }

    @Test
    void charactersOutsideTheAlphabetAreNamed() {
        assertThat(Gsm7Alphabet.canEncode("Привет")).isFalse();
        assertThat(Gsm7Alphabet.canEncode("`")).isFalse(); // the grave accent is not in the GSM alphabet
        assertThat(Gsm7Alphabet.septetCount("ok 你")).isEqualTo(-1);
        assertThatThrownBy(() -> Gsm7Alphabet.encode("ok 你"))
                .hasMessageContaining("'你' (U+4F60) at 3");
    }

    @Test
    void everyCharacterDecodesBackToItself() throws GsmDecodingException {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0xFFFF; c++) {
            if (Gsm7Alphabet.canEncode(String.valueOf(c))) {
                all.append(c);
            }
        }

        assertThat(all).hasSize(127 + 10);
        assertThat(Gsm7Alphabet.decode(Gsm7Alphabet.encode(all))).isEqualTo(all.toString());
    }

    @Test
    void escapeBeforeAnUndefinedCodeShowsTheBasicCharacterAndTwoEscapesASpace() throws GsmDecodingException {
        assertThat(Gsm7Alphabet.decode(new int[] {0x1B, 0x41, 0x1B, 0x1B})).isEqualTo("A ");
    }

    @Test
    void escapeAtTheEndIsADecodingError() {
        assertThatThrownBy(() -> Gsm7Alphabet.decode(new int[] {0x41, 0x1B}))
                .isInstanceOf(GsmDecodingException.class).hasMessageContaining("after the escape");
    }
}
