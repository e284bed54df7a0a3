package org.castellan.modems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImeiTest {

    @ParameterizedTest(name = "{0} ends in its check digit {1}")
    @CsvSource({
        // the IMEI Wikipedia's article works the Luhn computation through, and a sample IMEI seen in many manuals
        "490154203237518, 8",
        "356938035643809, 9",
        "860911041234565, 5",
        "350000000000022, 2",
    })
    void checkDigitIsLuhnOverTheFirstFourteenDigits(String imei, int checkDigit) {
        assertThat(Imei.checkDigit(imei)).isEqualTo(checkDigit);
        assertThat(Imei.isValid(imei)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"490154203237517", "49015420323751", "4901542032375180", "49015420323751x", ""})
    void wrongCheckDigitLengthOrCharactersIsInvalid(String imei) {
        assertThat(Imei.isValid(imei)).isFalse();
    }
}
