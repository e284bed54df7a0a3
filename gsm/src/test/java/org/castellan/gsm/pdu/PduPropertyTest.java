package org.castellan.gsm.pdu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.castellan.gsm.Gen;
import org.castellan.gsm.GsmDecodingException;
import org.castellan.gsm.RandomCases;
import org.junit.jupiter.api.Test;

/**
 * Round trips over thousands of generated texts and PDUs (a fixed seed: the same cases every build; a failure names
 * the case's seed for {@code -Dgsm.cases.seed}). The decoders also get Jazzer: {@link SmsSubmitDecoderFuzzTest}.
 */
class PduPropertyTest {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENDED = GSM_BASIC + "€[]{}\\~^|\f";
    private static final String CYRILLIC = Gen.range('А', 'я') + "ЁёЇїІі .,!?0123456789";
    private static final String CHINESE = "调制解调器离线在站点报警温度压力水表热量计 ，。！0123456789";
    private static final int[] MIXED_CODE_POINTS = "aZ €{Жж中文😀🔥\r\n".codePoints().toArray();

    @Test
    void everyTextComposesIntoPartsThatDecodeBackToIt() {
        RandomCases.check(3000, gen -> {
            String text = gen.show("text", text(gen));
            int reference = gen.between(0, 255);
            SubmitOptions options = gen.show("options", options(gen));
            PhoneNumber to = gen.show("to", number(gen));

            List<SmsSubmit> parts = SmsComposer.compose(to, text, reference, options);

            StringBuilder joined = new StringBuilder();
            for (SmsSubmit part : parts) {
                byte[] pdu = SmsSubmitCodec.encode(part);
                int smscOctets = 1 + (pdu[0] & 0xFF);
                assertThat(SmsSubmitCodec.tpduLength(pdu)).isEqualTo(pdu.length - smscOctets);
                assertThat(pdu.length - smscOctets).isLessThanOrEqualTo(164);
                SmsSubmit decoded = SmsSubmitCodec.decode(pdu);
                assertThat(decoded).isEqualTo(part);
                joined.append(decoded.text());
            }
            assertThat(joined.toString()).isEqualTo(text);
            assertPartCount(text, parts);
        });
    }

    private static void assertPartCount(String text, List<SmsSubmit> parts) {
        int septets = Gsm7Alphabet.septetCount(text);
        if (septets >= 0) {
            assertThat(parts.getFirst().alphabet()).isEqualTo(Alphabet.GSM_7BIT);
            if (septets <= SmsComposer.SINGLE_SEPTETS) {
                assertThat(parts).hasSize(1);
            } else {
                assertThat(parts.size()).isGreaterThanOrEqualTo((septets + 152) / 153);
            }
        } else {
            assertThat(parts.getFirst().alphabet()).isEqualTo(Alphabet.UCS2);
            if (text.length() <= SmsComposer.SINGLE_UCS2) {
                assertThat(parts).hasSize(1);
            } else {
                assertThat(parts.size()).isGreaterThanOrEqualTo((text.length() + 66) / 67);
            }
        }
        if (parts.size() > 1) {
            assertThat(parts).allSatisfy(p -> assertThat(p.concatenation()).isPresent());
            for (int i = 0; i < parts.size(); i++) {
                Concatenation c = parts.get(i).concatenation().orElseThrow();
                assertThat(c.sequence()).isEqualTo(i + 1);
                assertThat(c.total()).isEqualTo(parts.size());
            }
            // no part but the last is shorter than it must be: a split only where the next character does not fit
            for (int i = 0; i < parts.size() - 1; i++) {
                String next = parts.get(i + 1).text();
                int room = parts.get(i).alphabet() == Alphabet.UCS2
                        ? SmsComposer.PART_UCS2 - parts.get(i).text().length()
                        : SmsComposer.PART_SEPTETS - Gsm7Alphabet.septetCount(parts.get(i).text());
                int needed = parts.get(i).alphabet() == Alphabet.UCS2
                        ? Character.charCount(next.codePointAt(0))
                        : Gsm7Alphabet.septetsOf(next.charAt(0));
                assertThat(needed).as("part %d could have taken the next character", i + 1).isGreaterThan(room);
            }
        } else {
            assertThat(parts.getFirst().header()).isEmpty();
        }
    }

    @Test
    void everySubmitRecordEncodesAndDecodesToItself() {
        RandomCases.check(3000, gen -> {
            SmsSubmit sms = gen.show("sms", submit(gen));

            assertThat(SmsSubmitCodec.decode(SmsSubmitCodec.encode(sms))).isEqualTo(sms);
        });
    }

    @Test
    void mutatedPdusDecodeToAValueThatRoundTripsOrFailWithADecodingError() {
        List<byte[]> golden = List.of(GoldenPdus.HELLOHELLO, GoldenPdus.NEOWAY_UCS2_HELLO, GoldenPdus.NORDIC_WITH_SMSC,
                GoldenPdus.PDUBUILD_PART_1, GoldenPdus.CONCATENATED_PART_1_OF_3, GoldenPdus.PDUBUILD_UCS2_CONCATENATED);
        RandomCases.check(5000, gen -> {
            byte[] pdu = gen.oneOf(golden.toArray(byte[][]::new)).clone();
            int flips = gen.between(1, 4);
            for (int i = 0; i < flips; i++) {
                pdu[gen.between(0, pdu.length - 1)] = gen.anyByte();
            }
            if (gen.bool()) {
                pdu = java.util.Arrays.copyOf(pdu, gen.between(0, pdu.length));
            }
            gen.show("pdu", pdu);
            try {
                SmsSubmit sms = SmsSubmitCodec.decode(pdu);
                assertThat(SmsSubmitCodec.decode(SmsSubmitCodec.encode(sms))).isEqualTo(sms);
            } catch (GsmDecodingException e) {
                assertThat(e.field()).isNotBlank();
            }
        });
    }

    static String text(Gen gen) {
        return switch (gen.between(0, 4)) {
            case 0 -> gen.string(GSM_BASIC, 0, 500);
            case 1 -> gen.string(GSM_EXTENDED, 0, 400);
            case 2 -> gen.string(CYRILLIC, 0, 300);
            case 3 -> gen.string(CHINESE, 0, 300);
            default -> gen.codePoints(MIXED_CODE_POINTS, 0, 200);
        };
    }

    static PhoneNumber number(Gen gen) {
        String digits = gen.string("0123456789", 1, 15);
        return gen.bool() ? PhoneNumber.international(digits) : new PhoneNumber(digits, gen.oneOf(0x81, 0xA1, 0xA8));
    }

    static SubmitOptions options(Gen gen) {
        ValidityPeriod validity = gen.bool() ? new ValidityPeriod.None()
                : new ValidityPeriod.Relative(gen.between(0, 255));
        Optional<PhoneNumber> smsc = gen.bool() ? Optional.empty() : Optional.of(number(gen));
        return new SubmitOptions(validity, gen.bool(), smsc);
    }

    static SmsSubmit submit(Gen gen) {
        boolean ucs2 = gen.bool();
        List<InformationElement> header = new ArrayList<>();
        int headerElements = gen.between(0, 3);
        for (int i = 0; i < headerElements; i++) {
            header.add(new InformationElement(gen.between(0, 255), Octets.of(gen.bytes(8))));
        }
        int headerOctets = header.isEmpty() ? 0 : 1 + header.stream().mapToInt(InformationElement::encodedLength).sum();
        String text;
        if (ucs2) {
            text = gen.codePoints(MIXED_CODE_POINTS, 0, (140 - headerOctets) / 4);
        } else {
            int septets = 160 - (headerOctets * 8 + 6) / 7;
            text = gen.string(GSM_BASIC, 0, septets);
        }
        ValidityPeriod validity = switch (gen.between(0, 3)) {
            case 0 -> new ValidityPeriod.None();
            case 1 -> new ValidityPeriod.Relative(gen.between(0, 255));
            case 2 -> new ValidityPeriod.Enhanced(Octets.of(java.util.Arrays.copyOf(gen.bytes(7), 7)));
            default -> new ValidityPeriod.Absolute(Octets.of(java.util.Arrays.copyOf(gen.bytes(7), 7)));
        };
        return new SmsSubmit(gen.bool() ? Optional.empty() : Optional.of(number(gen)), gen.bool(), gen.bool(),
                gen.bool(), gen.between(0, 255), number(gen), gen.between(0, 255),
                ucs2 ? DataCodingScheme.UCS2 : DataCodingScheme.GSM_7BIT, validity, header, text);
    }
}
