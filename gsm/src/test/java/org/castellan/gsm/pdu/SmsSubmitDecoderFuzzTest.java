package org.castellan.gsm.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.gsm.FuzzInput.seed;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import org.castellan.gsm.Fuzzing;
import org.castellan.gsm.GsmDecodingException;
import org.castellan.gsm.Hex;

/**
 * Fuzzes {@link SmsSubmitCodec#decode} (the emulator decodes whatever a program writes after the CMGS prompt): any
 * octets decode to an {@link SmsSubmit} or fail with a {@link GsmDecodingException} naming the field, never anything
 * else; what decodes encodes to a PDU that decodes to the same value, whose encoding is stable, and whose CMGS length
 * is the PDU without its SMSC field. Seeds: {@link #seeds()}.
 */
class SmsSubmitDecoderFuzzTest {

    @FuzzTest(maxDuration = Fuzzing.VERIFY_DURATION)
    void anyOctetsDecodeToASubmitThatRoundTripsOrFailWithATypedError(FuzzedDataProvider data)
            throws GsmDecodingException {
        byte[] pdu = data.consumeRemainingAsBytes();
        SmsSubmit sms;
        try {
            sms = SmsSubmitCodec.decode(pdu);
        } catch (GsmDecodingException e) {
            assertThat(e.field()).isNotBlank();
            return;
        }
        // outside the try: a value that no longer decodes once written back is a finding, not a typed error
        byte[] encoded = SmsSubmitCodec.encode(sms);
        SmsSubmit again = SmsSubmitCodec.decode(encoded);
        assertThat(again).isEqualTo(sms);
        assertThat(SmsSubmitCodec.encode(again)).isEqualTo(encoded);
        assertThat(SmsSubmitCodec.tpduLength(encoded)).isEqualTo(encoded.length - 1 - (encoded[0] & 0xFF));
    }

    /** The published PDUs, and truncated, oversize and inconsistent variants of them. */
    static SequencedMap<String, byte[]> seeds() {
        SequencedMap<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("seed-golden-hellohello", seed().stream(GoldenPdus.HELLOHELLO));
        seeds.put("seed-golden-neoway-ucs2", seed().stream(GoldenPdus.NEOWAY_UCS2_HELLO));
        seeds.put("seed-golden-pygsm", seed().stream(GoldenPdus.PYGSM_TEST_MESSAGE));
        seeds.put("seed-golden-nordic-smsc", seed().stream(GoldenPdus.NORDIC_WITH_SMSC));
        seeds.put("seed-golden-pdubuild-gsm7", seed().stream(GoldenPdus.PDUBUILD_GSM7));
        seeds.put("seed-golden-pdubuild-ucs2-concatenated", seed().stream(GoldenPdus.PDUBUILD_UCS2_CONCATENATED));
        seeds.put("seed-golden-pdubuild-part-1", seed().stream(GoldenPdus.PDUBUILD_PART_1));
        seeds.put("seed-golden-concatenated-part-1-of-3", seed().stream(GoldenPdus.CONCATENATED_PART_1_OF_3));
        seeds.put("seed-truncated-user-data", seed().stream(
                Arrays.copyOf(GoldenPdus.HELLOHELLO, GoldenPdus.HELLOHELLO.length - 2)));
        seeds.put("seed-truncated-header", seed().stream(Arrays.copyOf(GoldenPdus.CONCATENATED_PART_1_OF_3, 19)));
        seeds.put("seed-oversize-udl", seed().stream(Hex.parse("00 11 00 04 81 21 43 00 00 AA A1")));
        seeds.put("seed-header-beyond-udl", seed().stream(Hex.parse("00 51 00 04 81 21 43 00 00 AA 01 00")));
        seeds.put("seed-escape-at-end", seed().stream(Hex.parse("00 11 00 04 81 21 43 00 00 AA 01 1B")));
        seeds.put("seed-unknown-extension-and-bad-concatenation",
                seed().stream(Hex.parse("00 51 00 04 81 21 43 00 00 AA 09 05 00 03 01 02 03 36 41")));
        seeds.put("seed-absolute-validity", seed().stream(
                Hex.parse("00 19 00 04 81 21 43 00 08 52 30 91 71 40 00 0A 04 04 1F 04 40")));
        seeds.put("seed-deliver-not-submit", seed().stream(Hex.parse("00 04 00 0B 91 64 07 28 15 53 F8 00 00 0A E8")));
        seeds.put("seed-empty", seed().stream(new byte[0]));
        return seeds;
    }
}
