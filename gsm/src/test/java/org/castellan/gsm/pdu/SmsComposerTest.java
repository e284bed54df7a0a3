package org.castellan.gsm.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.castellan.gsm.Hex;
import org.junit.jupiter.api.Test;

/** Alphabet choice and splitting into concatenated parts. */
class SmsComposerTest {

    private static final PhoneNumber TO = PhoneNumber.parse("+79161234567");

    @Test
    void textInTheGsmAlphabetIsSentAsSevenBit() {
        assertThat(SmsComposer.plan("Modem 35000 offline since 12:00 [site 3] ~ €5").alphabet())
                .isEqualTo(Alphabet.GSM_7BIT);
    }

    @Test
    void textWithOneCharacterOutsideTheGsmAlphabetIsSentAsUcs2() {
        assertThat(SmsComposer.plan("Modem `35000` offline").alphabet()).isEqualTo(Alphabet.UCS2);
    }

    @Test
    void russianTextIsSentAsUcs2() {
        SmsSubmit sms = SmsComposer.compose(TO, "Модем 35000 не на связи", 0, SubmitOptions.defaults()).getFirst();

        assertThat(sms.alphabet()).isEqualTo(Alphabet.UCS2);
        assertThat(Hex.compact(SmsSubmitCodec.encode(sms))).endsWith("2E"
                + "041C043E04340435043C0020003300350030003000300020043D04350020043D0430002004410432044F04370438");
    }

    @Test
    void chineseTextIsSentAsUcs2() {
        SmsSubmit sms = SmsComposer.compose(TO, "调制解调器离线", 0, SubmitOptions.defaults()).getFirst();

        assertThat(sms.alphabet()).isEqualTo(Alphabet.UCS2);
        assertThat(Hex.compact(SmsSubmitCodec.encode(sms))).endsWith("0E8C03523689E38C03566879BB7EBF");
    }

    @Test
    void exactly160SeptetsAreOneMessageWithoutHeader() {
        List<SmsSubmit> parts = SmsComposer.compose(TO, "a".repeat(160), 9, SubmitOptions.defaults());

        assertThat(parts).hasSize(1);
        assertThat(parts.getFirst().header()).isEmpty();
        assertThat(parts.getFirst().userDataLength()).isEqualTo(160);
    }

    @Test
    void septet161MakesTwoPartsOf153And8() {
        List<SmsSubmit> parts = SmsComposer.compose(TO, "a".repeat(161), 9, SubmitOptions.defaults());

        assertThat(parts).extracting(p -> p.text().length()).containsExactly(153, 8);
        assertThat(parts).extracting(SmsSubmit::concatenation).containsExactly(
                Optional.of(Concatenation.of8Bit(9, 2, 1)), Optional.of(Concatenation.of8Bit(9, 2, 2)));
        assertThat(parts.getFirst().userDataLength()).isEqualTo(160); // 7 septets of header and fill + 153
    }

    @Test
    void twoFullPartsAndOneMoreSeptetMakeThree() {
        assertThat(SmsComposer.plan("a".repeat(306)).parts()).hasSize(2);
        assertThat(SmsComposer.plan("a".repeat(307)).parts()).hasSize(3);
    }

    @Test
    void extensionCharactersCountTwoSeptetsTowardsTheLimit() {
        assertThat(SmsComposer.plan("€".repeat(80)).parts()).hasSize(1);
        assertThat(SmsComposer.plan("€".repeat(80) + "a").parts()).hasSize(2);
        assertThat(SmsComposer.plan("a".repeat(159) + "€").parts()).hasSize(2);
    }

    @Test
    void anExtensionCharacterIsNeverSplitFromItsEscape() {
        List<String> parts = SmsComposer.plan("a".repeat(152) + "€b" + "c".repeat(20)).parts();

        assertThat(parts.getFirst()).isEqualTo("a".repeat(152)); // the € would need septets 153 and 154
        assertThat(parts.get(1)).startsWith("€b");
        assertThat(SmsComposer.plan("€".repeat(100)).parts()).extracting(String::length).containsExactly(76, 24);
    }

    @Test
    void exactly70Ucs2CharactersAreOneMessage() {
        List<SmsSubmit> parts = SmsComposer.compose(TO, "я".repeat(70), 0, SubmitOptions.defaults());

        assertThat(parts).hasSize(1);
        assertThat(parts.getFirst().userDataLength()).isEqualTo(140);
    }

    @Test
    void ucs2Character71MakesTwoPartsOf67And4() {
        List<SmsSubmit> parts = SmsComposer.compose(TO, "я".repeat(71), 0, SubmitOptions.defaults());

        assertThat(parts).extracting(p -> p.text().length()).containsExactly(67, 4);
        assertThat(parts.getFirst().userDataLength()).isEqualTo(140); // 6 octets of header + 134
        assertThat(SmsComposer.plan("я".repeat(134)).parts()).hasSize(2);
        assertThat(SmsComposer.plan("я".repeat(135)).parts()).hasSize(3);
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        List<String> parts = SmsComposer.plan("я".repeat(66) + "😀" + "я".repeat(10)).parts();

        assertThat(parts.getFirst()).isEqualTo("я".repeat(66));
        assertThat(parts.get(1)).isEqualTo("😀" + "я".repeat(10));
    }

    @Test
    void everyPartCarriesTheOptionsAndLetsTheModemNumberIt() {
        SubmitOptions options = new SubmitOptions(ValidityPeriod.Relative.atLeast(Duration.ofHours(1)),
                true, Optional.of(PhoneNumber.international("79168999100")));

        List<SmsSubmit> parts = SmsComposer.compose(TO, "x".repeat(200), 200, options);

        assertThat(parts).allSatisfy(part -> {
            assertThat(part.messageReference()).isZero();
            assertThat(part.destination()).isEqualTo(TO);
            assertThat(part.validity()).isEqualTo(new ValidityPeriod.Relative(11));
            assertThat(part.statusReportRequest()).isTrue();
            assertThat(part.serviceCentre()).isEqualTo(options.serviceCentre());
        });
    }

    @Test
    void anEmptyTextIsOneEmptyMessage() {
        assertThat(SmsComposer.compose(TO, "", 0, SubmitOptions.defaults())).singleElement()
                .satisfies(part -> assertThat(part.text()).isEmpty());
    }

    @Test
    void moreThan255PartsAreRefused() {
        assertThat(SmsComposer.plan("a".repeat(255 * 153)).parts()).hasSize(255);
        assertThatThrownBy(() -> SmsComposer.plan("a".repeat(255 * 153 + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256 messages");
    }

    @Test
    void aTextTooLongForOneSubmitIsRefusedByTheRecord() {
        assertThatThrownBy(() -> new SmsSubmit(Optional.empty(), false, false, false, 0, TO, 0,
                DataCodingScheme.GSM_7BIT, new ValidityPeriod.None(), List.of(), "a".repeat(161)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("161 septets");
    }
}
