package org.castellan.gsm.at;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.castellan.gsm.Chunks;
import org.castellan.gsm.Gen;
import org.castellan.gsm.RandomCases;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated modem answers cut at random places: the decoder gives what {@link ReferenceLines} gives for
 * the whole stream, and every line it gives parses. Jazzer does the same with any bytes: {@link AtLineDecoderFuzzTest}.
 */
class AtLinePropertyTest {

    private static final String[] RESPONSES = {"\r\nOK\r\n", "\r\nERROR\r\n", "\r\n+CME ERROR: 10\r\n",
        "\r\n+CMS ERROR: 500\r\n", "\r\n> ", "\r\n>", "\r\n+CMGS: 42\r\n", "\r\n+CSQ: 17,99\r\n",
        "\r\n+CREG: 0,1\r\n", "\r\n+CREG: 1,\"00C3\",\"1A2B\"\r\n", "\r\nRING\r\n", "\r\nNO CARRIER\r\n",
        "\r\nBUSY\r\n",
        "AT+CSQ\r", "ATE0\r", "\r\n+CPIN: READY\r\n", "\r\nSIEMENS\r\n", "\n", "\r"};

    @Test
    void anyAnswersCutAnywhereGiveTheReferenceEvents() {
        RandomCases.check(3000, gen -> {
            int max = gen.between(8, 64);
            byte[] stream = gen.show("stream", answers(gen));
            int[] cuts = gen.show("cuts", gen.cuts(12, stream.length));

            AtLineDecoder decoder = new AtLineDecoder(max);
            List<AtEvent> events = new ArrayList<>();
            for (byte[] chunk : Chunks.cutAt(stream, cuts)) {
                decoder.feed(chunk, events::add);
                assertThat(decoder.bufferedBytes()).isLessThanOrEqualTo(max);
            }

            assertThat(events).isEqualTo(ReferenceLines.of(stream, max));
            for (AtEvent event : events) {
                if (event instanceof AtEvent.Line line) {
                    assertThat(line.text()).isNotEmpty().doesNotContain("\r", "\n").doesNotStartWith(">");
                    assertThat(line.text().length()).isLessThanOrEqualTo(max);
                }
            }
        });
    }

    private static byte[] answers(Gen gen) {
        StringBuilder out = new StringBuilder();
        int count = gen.between(0, 12);
        for (int i = 0; i < count; i++) {
            out.append(gen.bool() ? gen.oneOf(RESPONSES) : gen.string("AT+CMS 0123456789,:>\"\r\n", 0, 80));
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
