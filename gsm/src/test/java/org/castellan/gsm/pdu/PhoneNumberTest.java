package org.castellan.gsm.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers as operators type them, and their types of address. */
class PhoneNumberTest {

    @Test
    void aPlusMakesAnInternationalNumber() {
        PhoneNumber number = PhoneNumber.parse("+7 (916) 123-45-67");

        assertThat(number).isEqualTo(new PhoneNumber("79161234567", 0x91));
        assertThat(number.isInternational()).isTrue();
        assertThat(number.typeOfNumber()).isEqualTo(1);
        assertThat(number.numberingPlan()).isEqualTo(1);
        assertThat(number.dialString()).isEqualTo("+79161234567");
    }

    @Test
    void digitsWithoutAPlusAreSentAsTheyAreWithTypeUnknown() {
        PhoneNumber number = PhoneNumber.parse("8 916 123 45 67");

        assertThat(number).isEqualTo(new PhoneNumber("89161234567", PhoneNumber.UNKNOWN));
        assertThat(number.dialString()).isEqualTo("89161234567");
    }

    @Test
    void theNationalTypeIsExplicit() {
        assertThat(PhoneNumber.national("9161234567").typeOfAddress()).isEqualTo(0xA1);
        assertThat(PhoneNumber.national("9161234567").typeOfNumber()).isEqualTo(2);
    }

    @Test
    void serviceCodesKeepTheirStarsAndHashes() {
        assertThat(PhoneNumber.parse("*100#").digits()).isEqualTo("*100#");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "+", "abc", "+7916123456789012345678", "12a4", "++7916"})
    void whatIsNotANumberIsRefusedWithTheText(String text) {
        assertThatThrownBy(() -> PhoneNumber.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void alphanumericAndBit7ClearTypesAreRefused() {
        assertThatThrownBy(() -> new PhoneNumber("123", 0xD0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PhoneNumber("123", 0x11)).isInstanceOf(IllegalArgumentException.class);
    }
}
