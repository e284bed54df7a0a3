package org.castellan.gsm.at;

import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.gsm.FuzzInput.seed;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.castellan.gsm.FuzzInput;
import org.castellan.gsm.Fuzzing;
import org.castellan.gsm.GsmDecodingException;

/**
 * Fuzzes {@link AtLineDecoder} and {@link AtResponses} with any bytes a modem (or line noise) could send, in any
 * chunks: the decoder never throws, never holds more than its maximum, gives the events {@link ReferenceLines} gives
 * for the whole stream, and every line it gives parses to a response or fails with a {@link GsmDecodingException}
 * naming the field. Seeds: {@link #seeds()}.
 */
class AtLineDecoderFuzzTest {

    private static final int MAX = 32;
    private static final int MAX_CUTS = 8;

    // libFuzzer dictionary syntax: the result codes and prefixes the parser looks for
    @DictionaryEntries({"\\x0D\\x0A", "\\x0D\\x0A> ", "OK", "ERROR", "+CME ERROR: ", "+CMS ERROR: ", "+CMGS: ",
        "+CSQ: ", "+CREG: ", "+CPIN: ", "NO CARRIER", ",\"", "\","})
    @FuzzTest(maxDuration = Fuzzing.VERIFY_DURATION)
    void anyBytesInAnyChunksGiveTheReferenceLinesAndParseOrFailTyped(FuzzedDataProvider data) {
        FuzzInput.ChunkedStream input = FuzzInput.chunkedStream(data, MAX_CUTS);
        AtLineDecoder decoder = new AtLineDecoder(MAX);
        List<AtEvent> events = new ArrayList<>();
        for (byte[] chunk : input.chunks()) {
            decoder.feed(chunk, events::add);
            assertThat(decoder.bufferedBytes()).isBetween(0, MAX);
        }
        assertThat(events).isEqualTo(ReferenceLines.of(input.stream(), MAX));
        for (AtEvent event : events) {
            if (event instanceof AtEvent.Line line) {
                try {
                    assertThat(AtResponses.parse(line.text())).isNotNull();
                } catch (GsmDecodingException e) {
                    assertThat(e.field()).isNotBlank();
                }
            }
        }
    }

    /** Whole conversations, cut and uncut, over-long lines, malformed arguments and noise. */
    static SequencedMap<String, byte[]> seeds() {
        SequencedMap<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("seed-initialisation-with-echo", seed().cuts(MAX_CUTS, 3, 9, 1).stream(bytes(
                "\u001BAT\r\r\nOK\r\nATE0\r\r\nOK\r\n\r\nOK\r\n\r\nOK\r\n\r\n+CPIN: READY\r\n\r\nOK\r\n"
                        + "\r\n+CREG: 0,1\r\n\r\nOK\r\n\r\n+CSQ: 17,99\r\n\r\nOK\r\n")));
        seeds.put("seed-cmgs-prompt-and-reference", seed().cuts(MAX_CUTS, 2, 1, 1).stream(bytes(
                "\r\n> \r\n+CMGS: 17\r\n\r\nOK\r\n")));
        seeds.put("seed-cmgs-prompt-bytewise", seed().cuts(MAX_CUTS, 1, 1, 1, 1, 1, 1, 1, 1).stream(bytes(
                "\r\n> \r\nOK\r\n")));
        seeds.put("seed-errors", seed().cuts(MAX_CUTS).stream(bytes(
                "\r\n+CMS ERROR: 500\r\n\r\n+CME ERROR: 10\r\n\r\n+CME ERROR: SIM not inserted\r\n\r\nERROR\r\n")));
        seeds.put("seed-call", seed().cuts(MAX_CUTS, 5).stream(bytes("\r\nOK\r\n\r\nBUSY\r\n\r\nNO CARRIER\r\n")));
        seeds.put("seed-registration-forms", seed().cuts(MAX_CUTS).stream(bytes(
                "\r\n+CREG: 2,1,\"00C3\",\"1A2B\",7\r\n+CREG: 1,\"00C3\",\"1A2B\"\r\n+CREG: 5\r\n")));
        seeds.put("seed-malformed-arguments", seed().cuts(MAX_CUTS).stream(bytes(
                "+CSQ: 40,99\r+CMGS: 256\r+CREG: 0,11\r+CREG: 2,1,00C3,1A2B\r+CMS ERROR:\r")));
        seeds.put("seed-overlong-line", seed().cuts(MAX_CUTS, 20).stream(bytes("x".repeat(MAX + 5) + "\r\nOK\r\n")));
        seeds.put("seed-noise", seed().cuts(MAX_CUTS, 3).stream(new byte[] {0, (byte) 0xFF, '>', '>', ' ', '\r',
            (byte) 0x80, 'O', 'K', '\n', 0x1A}));
        seeds.put("seed-empty", seed().cuts(MAX_CUTS).stream(new byte[0]));
        return seeds;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
