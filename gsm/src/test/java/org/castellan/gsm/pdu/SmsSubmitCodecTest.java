package org.castellan.gsm.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.castellan.gsm.GsmDecodingException;
import org.castellan.gsm.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SMS-SUBMIT PDUs both ways: the published ones of {@link GoldenPdus}, then the ones the decoder must refuse. */
class SmsSubmitCodecTest {

    static Stream<Arguments> golden() {
        return Stream.of(
                Arguments.of("hellohello", GoldenPdus.HELLOHELLO),
                Arguments.of("Neoway UCS-2", GoldenPdus.NEOWAY_UCS2_HELLO),
                Arguments.of("pygsm", GoldenPdus.PYGSM_TEST_MESSAGE),
                Arguments.of("Nordic with SMSC", GoldenPdus.NORDIC_WITH_SMSC),
                Arguments.of("pdubuild GSM 7 bit", GoldenPdus.PDUBUILD_GSM7),
                Arguments.of("pdubuild UCS-2 16-bit concatenation", GoldenPdus.PDUBUILD_UCS2_CONCATENATED),
                Arguments.of("pdubuild part 1", GoldenPdus.PDUBUILD_PART_1),
                Arguments.of("pdubuild part 2", GoldenPdus.PDUBUILD_PART_2),
                Arguments.of("concatenated part 1 of 3", GoldenPdus.CONCATENATED_PART_1_OF_3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void everyPublishedPduEncodesBackToTheSameOctets(String name, byte[] pdu) throws GsmDecodingException {
        assertThat(Hex.compact(SmsSubmitCodec.encode(SmsSubmitCodec.decode(pdu)))).isEqualTo(Hex.compact(pdu));
    }

    @Test
    void hellohelloDecodesToItsFields() throws GsmDecodingException {
        SmsSubmit sms = SmsSubmitCodec.decode(GoldenPdus.HELLOHELLO);

        assertThat(sms.serviceCentre()).isEmpty();
        assertThat(sms.messageReference()).isZero();
        assertThat(sms.destination()).isEqualTo(PhoneNumber.international("46708251358"));
        assertThat(sms.protocolIdentifier()).isZero();
        assertThat(sms.dataCoding()).isEqualTo(DataCodingScheme.GSM_7BIT);
        assertThat(sms.validity()).isEqualTo(new ValidityPeriod.Relative(0xAA));
        assertThat(sms.header()).isEmpty();
        assertThat(sms.text()).isEqualTo("hellohello");
        assertThat(sms.userDataLength()).isEqualTo(10);
    }

    @Test
    void ourEncoderWritesHellohelloAsPublished() {
        SmsSubmit sms = SmsSubmit.of(PhoneNumber.parse("+46708251358"), "hellohello");

        assertThat(SmsSubmitCodec.encodeHex(sms)).isEqualTo(Hex.compact(GoldenPdus.HELLOHELLO));
    }

    @Test
    void ucs2HelloWithoutValidityPeriodDecodes() throws GsmDecodingException {
        SmsSubmit sms = SmsSubmitCodec.decode(GoldenPdus.NEOWAY_UCS2_HELLO);

        assertThat(sms.destination()).isEqualTo(new PhoneNumber("13421839693", PhoneNumber.UNKNOWN));
        assertThat(sms.alphabet()).isEqualTo(Alphabet.UCS2);
        assertThat(sms.validity()).isEqualTo(new ValidityPeriod.None());
        assertThat(sms.text()).isEqualTo("hello");
        assertThat(SmsSubmitCodec.tpduLength(GoldenPdus.NEOWAY_UCS2_HELLO)).isEqualTo(23);
    }

    @Test
    void pygsmPduHasTheCmgsLengthPygsmWrites() throws GsmDecodingException {
        SmsSubmit sms = SmsSubmitCodec.decode(GoldenPdus.PYGSM_TEST_MESSAGE);

        assertThat(sms.destination()).isEqualTo(new PhoneNumber("1234", 0xA8));
        assertThat(sms.destination().typeOfNumber()).isEqualTo(2);
        assertThat(sms.text()).isEqualTo("Test Message");
        assertThat(SmsSubmitCodec.tpduLength(GoldenPdus.PYGSM_TEST_MESSAGE)).isEqualTo(21);
    }

    @Test
    void serviceCentreAddressIsNotCountedInTheCmgsLength() throws GsmDecodingException {
        SmsSubmit sms = SmsSubmitCodec.decode(GoldenPdus.NORDIC_WITH_SMSC);

        assertThat(sms.serviceCentre()).contains(PhoneNumber.international("448888888"));
        assertThat(sms.destination()).isEqualTo(PhoneNumber.international("358401234567"));
        assertThat(sms.validity()).isEqualTo(new ValidityPeriod.Relative(0x0B));
        assertThat(((ValidityPeriod.Relative) sms.validity()).period()).hasHours(1);
        assertThat(sms.text()).isEqualTo("Testing a sms messaging over lte");
        assertThat(SmsSubmitCodec.tpduLength(GoldenPdus.NORDIC_WITH_SMSC)).isEqualTo(42);
    }

    @Test
    void evenServiceCentreAndTrailingSpacesDecode() throws GsmDecodingException {
        SmsSubmit sms = SmsSubmitCodec.decode(GoldenPdus.PDUBUILD_GSM7);

        assertThat(sms.serviceCentre()).contains(PhoneNumber.international("447785016005"));
        assertThat(sms.destination()).isEqualTo(new PhoneNumber("07493574689", PhoneNumber.UNKNOWN));
        assertThat(sms.validity()).isEqualTo(new ValidityPeriod.Relative(0xFF));
        assertThat(sms.text()).isEqualTo("Hello there seven bit version local dest  ");
    }

    @Test
    void sixteenBitConcatenationElementIsRead() throws GsmDecodingException {
        SmsSubmit sms = SmsSubmitCodec.decode(GoldenPdus.PDUBUILD_UCS2_CONCATENATED);

        assertThat(sms.header()).containsExactly(new InformationElement(0x08, Octets.hex("B4 9F 01 01")));
        assertThat(sms.concatenation()).contains(new Concatenation(0xB49F, 1, 1, true));
        assertThat(sms.text()).isEqualTo("f0 Hi John it's me");
    }

    @Test
    void partsWithASevenOctetHeaderCarry152SeptetsEach() throws GsmDecodingException {
        SmsSubmit first = SmsSubmitCodec.decode(GoldenPdus.PDUBUILD_PART_1);
        SmsSubmit second = SmsSubmitCodec.decode(GoldenPdus.PDUBUILD_PART_2);

        assertThat(first.concatenation()).contains(new Concatenation(0xB49F, 2, 1, true));
        assertThat(second.concatenation()).contains(new Concatenation(0xB49F, 2, 2, true));
        assertThat(first.text()).hasSize(152);
        assertThat(first.text() + second.text()).isEqualTo(GoldenPdus.PDUBUILD_TEXT);
    }

    @Test
    void eightBitConcatenatedPartCarries153SeptetsAfterOneFillBit() throws GsmDecodingException {
        SmsSubmit part = SmsSubmitCodec.decode(GoldenPdus.CONCATENATED_PART_1_OF_3);

        assertThat(part.destination()).isEqualTo(PhoneNumber.international("919980136977"));
        assertThat(part.validity()).isEqualTo(new ValidityPeriod.None());
        assertThat(part.concatenation()).contains(Concatenation.of8Bit(0, 3, 1));
        assertThat(part.text()).isEqualTo(GoldenPdus.LOREM_153);
        assertThat(part.userDataLength()).isEqualTo(160);
        assertThat(SmsSubmitCodec.tpduLength(GoldenPdus.CONCATENATED_PART_1_OF_3)).isEqualTo(153);
    }

    @Test
    void userDataAfterAConcatenationHeaderIsPackedAsWikipediaShows() {
        SmsSubmit part = new SmsSubmit(Optional.empty(), false, false, false, 0, PhoneNumber.parse("+12345"), 0,
                DataCodingScheme.GSM_7BIT, new ValidityPeriod.None(),
                List.of(Concatenation.of8Bit(0xCC, 2, 1).toElement()), "Hello world");

        byte[] pdu = SmsSubmitCodec.encode(part);

        byte[] userData = Arrays.copyOfRange(pdu, pdu.length - GoldenPdus.WIKIPEDIA_HELLO_WORLD_USER_DATA.length,
                pdu.length);
        assertThat(Hex.spaced(userData)).isEqualTo(Hex.spaced(GoldenPdus.WIKIPEDIA_HELLO_WORLD_USER_DATA));
        assertThat(pdu[1]).isEqualTo((byte) 0x41); // SMS-SUBMIT with TP-UDHI, no validity period
    }

    @Test
    void everyFieldSurvivesARoundTrip() throws GsmDecodingException {
        SmsSubmit sms = new SmsSubmit(Optional.of(PhoneNumber.international("79168999100")), true, true, true, 0x7F,
                new PhoneNumber("*100#", PhoneNumber.UNKNOWN), 0x41, new DataCodingScheme(0x18),
                new ValidityPeriod.Absolute(Octets.hex("52 30 91 71 40 00 0A")),
                List.of(new InformationElement(0x24, Octets.hex("01")), Concatenation.of8Bit(7, 2, 2).toElement()),
                "Привет, мир! 你好");

        assertThat(SmsSubmitCodec.decode(SmsSubmitCodec.encode(sms))).isEqualTo(sms);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("empty", "", "SMSC length"),
                Arguments.of("SMSC longer than the PDU", "07 91 44", "SMSC address"),
                Arguments.of("SMSC of one octet", "01 91 11", "SMSC length"),
                Arguments.of("SMS-DELIVER, not SUBMIT",
                        "00 04 00 0B 91 64 07 28 15 53 F8 00 00 0A E8 32 9B FD 46 97 D9 EC 37", "TP-MTI"),
                Arguments.of("no destination digits", "00 11 00 00 91 00 00 AA 00", "TP-DA length"),
                Arguments.of("destination too long", "00 11 00 15 91", "TP-DA length"),
                Arguments.of("alphanumeric destination", "00 11 00 04 D0 C8 34 00 00 AA 00", "TP-DA type of address"),
                Arguments.of("type of address without bit 7", "00 11 00 04 11 21 43 00 00 AA 00",
                        "TP-DA type of address"),
                Arguments.of("filler inside the SMSC digits", "03 91 F1 21 11 00 04 81 21 43 00 00 AA 00",
                        "SMSC address"),
                Arguments.of("8-bit data", "00 11 00 04 81 21 43 00 04 AA 01 FF", "TP-DCS"),
                Arguments.of("compressed text", "00 11 00 04 81 21 43 00 20 AA 01 FF", "TP-DCS"),
                Arguments.of("truncated before TP-VP", "00 11 00 04 81 21 43 00 00", "TP-VP"),
                Arguments.of("truncated absolute TP-VP", "00 19 00 04 81 21 43 00 00 01 02 03", "TP-VP"),
                Arguments.of("no TP-UDL", "00 11 00 04 81 21 43 00 00 AA", "TP-UDL"),
                Arguments.of("TP-UD shorter than TP-UDL", "00 11 00 0B 91 64 07 28 15 53 F8 00 00 AA 0A E8 32 9B FD",
                        "TP-UD"),
                Arguments.of("an octet after TP-UD", "00 11 00 04 81 21 43 00 00 AA 01 41 00", "TP-UD"),
                Arguments.of("161 septets", "00 11 00 04 81 21 43 00 00 AA A1", "TP-UDL"),
                Arguments.of("141 UCS-2 octets", "00 11 00 04 81 21 43 00 08 AA 8D", "TP-UDL"),
                Arguments.of("odd UCS-2 octets", "00 11 00 04 81 21 43 00 08 AA 03 00 41 00", "TP-UD"),
                Arguments.of("header longer than TP-UD", "00 51 00 04 81 21 43 00 08 AA 02 05 00", "TP-UDHL"),
                Arguments.of("header septets beyond TP-UDL", "00 51 00 04 81 21 43 00 00 AA 01 00", "TP-UDHL"),
                Arguments.of("element longer than the header", "00 51 00 04 81 21 43 00 08 AA 04 03 00 05 01",
                        "IE 0x00 length"),
                Arguments.of("half an element", "00 51 00 04 81 21 43 00 08 AA 02 01 00", "user data header"),
                Arguments.of("text ends with an escape", "00 11 00 04 81 21 43 00 00 AA 01 1B", "TP-UD"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void malformedPdusAreRefusedNamingTheField(String name, String hex, String field) {
        assertThatThrownBy(() -> SmsSubmitCodec.decode(Hex.parse(hex)))
                .isInstanceOfSatisfying(GsmDecodingException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void decodingErrorSaysWhatWasExpectedAndWhatArrived() {
        assertThatThrownBy(() -> SmsSubmitCodec.decode(Hex.parse("00 11 00 04 81 21 43 00 00 AA A1")))
                .hasMessage("TP-UDL: expected at most 160 septets, found 161");
    }

    @Test
    void unknownExtensionCodeReadsAsTheBasicCharacterAndAnInvalidConcatenationIsIgnored()
            throws GsmDecodingException {
        // ESC 'A' (not in the extension table) is shown as 'A' (TS 23.038 §6.2.1.1); part 3 of 2 is ignored
        SmsSubmit sms = SmsSubmitCodec.decode(Hex.parse("00 51 00 04 81 21 43 00 00 AA 09 05 00 03 01 02 03 36 41"));

        assertThat(sms.text()).isEqualTo("A");
        assertThat(sms.concatenation()).isEmpty();
        assertThat(SmsSubmitCodec.decode(SmsSubmitCodec.encode(sms))).isEqualTo(sms);
    }

    @Test
    void cmgsLengthOfATruncatedSmscFieldIsRefused() {
        assertThatThrownBy(() -> SmsSubmitCodec.tpduLength(Hex.parse("07 91 44")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
