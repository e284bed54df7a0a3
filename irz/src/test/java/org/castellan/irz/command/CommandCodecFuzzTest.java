package org.castellan.irz.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.irz.FuzzInput.seed;
import static org.castellan.irz.GoldenVectors.CELL_INFO_ANSWER;
import static org.castellan.irz.GoldenVectors.GP1_HIGH_COMMAND;
import static org.castellan.irz.GoldenVectors.GPIO_ANSWER_80_82_C0_C2;
import static org.castellan.irz.GoldenVectors.GPIO_REQUEST;
import static org.castellan.irz.GoldenVectors.ICCID_ANSWER_19;
import static org.castellan.irz.GoldenVectors.ICCID_ANSWER_20;
import static org.castellan.irz.GoldenVectors.SIGNAL_ANSWER_CSQ17;
import static org.castellan.irz.GoldenVectors.SIGNAL_REQUEST;
import static org.castellan.irz.GoldenVectors.TEMPERATURE_ANSWER_25C;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import org.castellan.irz.Fuzzing;
import org.castellan.irz.Hex;
import org.castellan.irz.IrzDecodingException;
import org.castellan.irz.colprot.ColprotEncoder;
import org.castellan.irz.colprot.ColprotFrame;
import org.castellan.irz.colprot.FrameType;

/**
 * Fuzzes {@link CommandCodec} (irz-modem.md §5) with any payload of a type 0x0C frame, as a modem (answers) or a
 * server (requests, the emulator's side) might send it: decoding returns a value or throws
 * {@link IrzDecodingException} naming the field, never anything else; and a decoded answer written back decodes to
 * itself. Seeds: {@link #seeds()}.
 */
class CommandCodecFuzzTest {

    @FuzzTest(maxDuration = Fuzzing.VERIFY_DURATION)
    void anyCommandPayloadDecodesOrFailsWithATypedError(FuzzedDataProvider data) throws IrzDecodingException {
        ColprotFrame frame = ColprotFrame.of(FrameType.COMMAND, data.consumeRemainingAsBytes());
        CommandAnswer answer = null;
        try {
            answer = CommandCodec.decode(frame);
            assertThat(answer).isNotNull();
        } catch (IrzDecodingException e) {
            assertThat(e.field()).isNotBlank();
        }
        if (answer != null) {
            // outside the try: an answer that no longer decodes once written back is a finding, not a typed error
            assertThat(CommandCodec.decode(CommandCodec.encodeAnswer(answer))).isEqualTo(answer);
        }
        try {
            assertThat(CommandCodec.decodeRequest(frame)).isNotNull();
        } catch (IrzDecodingException e) {
            assertThat(e.field()).isNotBlank();
        }
    }

    /** The payloads of the golden 0x0C frames, and short, long and out-of-range variants of them. */
    static SequencedMap<String, byte[]> seeds() {
        SequencedMap<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("seed-golden-signal-request", seed().stream(payload(SIGNAL_REQUEST)));
        seeds.put("seed-golden-signal-answer", seed().stream(payload(SIGNAL_ANSWER_CSQ17)));
        seeds.put("seed-golden-gpio-request", seed().stream(payload(GPIO_REQUEST)));
        seeds.put("seed-golden-gpio-answer", seed().stream(payload(GPIO_ANSWER_80_82_C0_C2)));
        seeds.put("seed-golden-cell-info-answer", seed().stream(payload(CELL_INFO_ANSWER)));
        seeds.put("seed-golden-temperature-answer", seed().stream(payload(TEMPERATURE_ANSWER_25C)));
        seeds.put("seed-golden-iccid-answer-20", seed().stream(payload(ICCID_ANSWER_20)));
        seeds.put("seed-golden-iccid-answer-19", seed().stream(payload(ICCID_ANSWER_19)));
        seeds.put("seed-golden-gp1-high-command", seed().stream(payload(GP1_HIGH_COMMAND)));
        seeds.put("seed-truncated-status-header", seed().stream(Hex.parse("01 40")));
        seeds.put("seed-oversize-signal-data", seed().stream(Hex.parse("01 40 01 11 11")));
        seeds.put("seed-signal-csq-out-of-range", seed().stream(Hex.parse("01 40 01 32")));
        seeds.put("seed-gpio-pin-without-bit-80", seed().stream(Hex.parse("01 40 02 80 02")));
        seeds.put("seed-cell-info-not-printable", seed().stream(Hex.parse("01 40 04 30 2C 0A")));
        seeds.put("seed-iccid-too-short", seed().stream(Hex.parse("01 40 0B 38 39 37 30")));
        seeds.put("seed-unknown-status", seed().stream(Hex.parse("7F 40 7F AA 00")));
        seeds.put("seed-text-not-ascii", seed().stream(Hex.parse("24 75 73 73 64 3D FF")));
        seeds.put("seed-empty", seed().stream(new byte[0]));
        return seeds;
    }

    private static byte[] payload(byte[] frame) {
        return Arrays.copyOfRange(frame, ColprotEncoder.OVERHEAD - 2, frame.length - 2);
    }
}
