package org.castellan.gsm.at;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.castellan.gsm.Chunks;
import org.junit.jupiter.api.Test;

/** Lines and the CMGS prompt out of a modem's byte stream, however the port cuts it. */
class AtLineDecoderTest {

    /** A whole SMS conversation as a modem with echo on sends it back (TS 27.005 §3.5.1 framing). */
    private static final String CONVERSATION = "AT+CMGS=23\r\r\n> "
            + "0001000B813124819396F300080A00680065006C006C006F\u001A"
            + "\r\n+CMGS: 17\r\n\r\nOK\r\n\r\nRING\r\n";

    private static final List<AtEvent> CONVERSATION_EVENTS = List.of(
            new AtEvent.Line("AT+CMGS=23"),
            new AtEvent.Prompt(),
            new AtEvent.Line("0001000B813124819396F300080A00680065006C006C006F\u001A"),
            new AtEvent.Line("+CMGS: 17"),
            new AtEvent.Line("OK"),
            new AtEvent.Line("RING"));

    @Test
    void verboseResponsesAreLinesWithoutTheirCrLf() {
        assertThat(decode(new AtLineDecoder(), "\r\n+CSQ: 17,99\r\n\r\nOK\r\n"))
                .containsExactly(new AtEvent.Line("+CSQ: 17,99"), new AtEvent.Line("OK"));
    }

    @Test
    void anEchoedCommandEndsWithItsCr() {
        assertThat(decode(new AtLineDecoder(), "ATE0\r\r\nOK\r\n"))
                .containsExactly(new AtEvent.Line("ATE0"), new AtEvent.Line("OK"));
    }

    @Test
    void thePromptIsReportedAtOnceWithoutALineEnd() {
        AtLineDecoder decoder = new AtLineDecoder();

        assertThat(decode(decoder, "\r\n> ")).containsExactly(new AtEvent.Prompt());
        assertThat(decoder.bufferedBytes()).isZero();
    }

    @Test
    void aPromptWithoutItsSpaceIsStillAPrompt() {
        assertThat(decode(new AtLineDecoder(), "\r\n>\r\nERROR\r\n"))
                .containsExactly(new AtEvent.Prompt(), new AtEvent.Line("ERROR"));
    }

    @Test
    void aGreaterThanSignInsideALineIsText() {
        assertThat(decode(new AtLineDecoder(), "\r\na > b\r\n")).containsExactly(new AtEvent.Line("a > b"));
    }

    @Test
    void theConversationSplitAtEveryPositionGivesTheSameEvents() {
        byte[] stream = CONVERSATION.getBytes(StandardCharsets.ISO_8859_1);
        for (int cut = 0; cut <= stream.length; cut++) {
            AtLineDecoder decoder = new AtLineDecoder();
            List<AtEvent> events = new ArrayList<>();
            for (byte[] chunk : Chunks.cutAt(stream, cut)) {
                decoder.feed(chunk, events::add);
            }
            assertThat(events).as("cut at %d", cut).isEqualTo(CONVERSATION_EVENTS);
        }
    }

    @Test
    void theConversationSplitAtEveryPairOfPositionsGivesTheSameEvents() {
        byte[] stream = CONVERSATION.getBytes(StandardCharsets.ISO_8859_1);
        for (int first = 0; first <= stream.length; first++) {
            for (int second = first; second <= stream.length; second++) {
                AtLineDecoder decoder = new AtLineDecoder();
                List<AtEvent> events = new ArrayList<>();
                Chunks.cutAt(stream, first, second).forEach(chunk -> decoder.feed(chunk, events::add));
                assertThat(events).as("cut at %d and %d", first, second).isEqualTo(CONVERSATION_EVENTS);
            }
        }
    }

    @Test
    void byteByByteGivesTheSameEvents() {
        AtLineDecoder decoder = new AtLineDecoder();
        List<AtEvent> events = new ArrayList<>();

        Chunks.bytewise(CONVERSATION.getBytes(StandardCharsets.ISO_8859_1)).forEach(b -> decoder.feed(b, events::add));

        assertThat(events).isEqualTo(CONVERSATION_EVENTS);
    }

    @Test
    void twoConversationsMergedInOneChunkGiveBothInOrder() {
        List<AtEvent> twice = new ArrayList<>(CONVERSATION_EVENTS);
        twice.addAll(CONVERSATION_EVENTS);

        assertThat(decode(new AtLineDecoder(), CONVERSATION + CONVERSATION)).isEqualTo(twice);
    }

    @Test
    void aLineOfTheMaximumLengthIsKeptAndOneLongerIsDroppedWhole() {
        AtLineDecoder decoder = new AtLineDecoder(8);

        assertThat(decode(decoder, "12345678\r\n123456789abc\r\nOK\r\n")).containsExactly(
                new AtEvent.Line("12345678"), new AtEvent.Overlong(12), new AtEvent.Line("OK"));
    }

    @Test
    void theDecoderNeverHoldsMoreThanTheMaximum() {
        AtLineDecoder decoder = new AtLineDecoder(16);
        List<AtEvent> events = new ArrayList<>();

        decoder.feed(new byte[10_000], events::add);

        assertThat(decoder.bufferedBytes()).isLessThanOrEqualTo(16);
        assertThat(events).isEmpty();
        decoder.feed(new byte[] {'\r'}, events::add);
        assertThat(events).containsExactly(new AtEvent.Overlong(10_000));
    }

    @Test
    void everyByteValueIsKeptAsOneCharacter() {
        byte[] line = {(byte) 0xD0, (byte) 0x9F, 0x00, (byte) 0xFF, '\r'};

        assertThat(decode(new AtLineDecoder(), line)).containsExactly(new AtEvent.Line("\u00D0\u009F\u0000\u00FF"));
    }

    @Test
    void resetForgetsAnUnfinishedLine() {
        AtLineDecoder decoder = new AtLineDecoder();
        decode(decoder, "+CSQ: 1");

        decoder.reset();

        assertThat(decoder.bufferedBytes()).isZero();
        assertThat(decode(decoder, "OK\r")).containsExactly(new AtEvent.Line("OK"));
    }

    @Test
    void theReferenceAgreesOnTheConversation() {
        assertThat(ReferenceLines.of(CONVERSATION.getBytes(StandardCharsets.ISO_8859_1), 512))
                .isEqualTo(CONVERSATION_EVENTS);
    }

    private static List<AtEvent> decode(AtLineDecoder decoder, String text) {
        return decode(decoder, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static List<AtEvent> decode(AtLineDecoder decoder, byte[] bytes) {
        List<AtEvent> events = new ArrayList<>();
        decoder.feed(bytes, events::add);
        return events;
    }
}
