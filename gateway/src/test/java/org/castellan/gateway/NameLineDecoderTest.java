package org.castellan.gateway;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The shared poller port's name line: split anywhere, merged with the first request, bounded. */
class NameLineDecoderTest {

    /** What a poller sends: the name line and its first request in one write (both come in one segment). */
    private static final byte[] NAME_AND_REQUEST = "356938035643809:2\r\nREAD?".getBytes(US_ASCII);

    /** Feeds the chunks; @return the name and every byte meant for the poller after it, or null if none decided */
    private static String[] decode(byte[]... chunks) {
        NameLineDecoder decoder = new NameLineDecoder();
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        String name = null;
        for (byte[] chunk : chunks) {
            if (name != null) {
                after.writeBytes(chunk); // the handler has given way to the poller: later reads are requests
                continue;
            }
            if (decoder.feed(chunk, 0, chunk.length) instanceof NameLineDecoder.Line line) {
                name = line.name();
                after.writeBytes(line.rest());
            }
        }
        return name == null ? null : new String[] {name, after.toString(US_ASCII)};
    }

    @Test
    void lineAndRequestInOneSegmentKeepTheRequest() {
        assertThat(decode(NAME_AND_REQUEST)).containsExactly("356938035643809:2", "READ?");
    }

    @Test
    void lineSplitAtEveryPositionGivesTheSameNameAndRequest() {
        for (int cut = 0; cut <= NAME_AND_REQUEST.length; cut++) {
            byte[] first = Arrays.copyOfRange(NAME_AND_REQUEST, 0, cut);
            byte[] second = Arrays.copyOfRange(NAME_AND_REQUEST, cut, NAME_AND_REQUEST.length);

            assertThat(decode(first, second)).as("cut at %d", cut).containsExactly("356938035643809:2", "READ?");
        }
    }

    @Test
    void lineFedByteByByteIsDecidedAtTheNewline() {
        NameLineDecoder decoder = new NameLineDecoder();
        byte[] line = "pump-7\n".getBytes(US_ASCII);
        for (int i = 0; i < line.length - 1; i++) {
            assertThat(decoder.feed(line, i, 1)).isInstanceOf(NameLineDecoder.NeedMore.class);
        }

        NameLineDecoder.Result last = decoder.feed(line, line.length - 1, 1);

        assertThat(last).isInstanceOfSatisfying(NameLineDecoder.Line.class, l -> {
            assertThat(l.name()).isEqualTo("pump-7");
            assertThat(l.rest()).isEmpty();
        });
        assertThat(decoder.state()).isEqualTo(NameLineDecoder.State.DONE);
    }

    @Test
    void lineWithoutCarriageReturnIsAccepted() {
        assertThat(decode("356938035643809\n".getBytes(US_ASCII))).containsExactly("356938035643809", "");
    }

    @Test
    void deviceNameIsUtf8() {
        assertThat(decode("Котельная №5\r\n".getBytes(UTF_8))).containsExactly("Котельная №5", "");
    }

    @Test
    void sixtyFourBytesBeforeTheNewlineAreAccepted() {
        String name = "n".repeat(NameLineDecoder.MAX_LINE - 1);

        assertThat(decode((name + "\r\n").getBytes(US_ASCII))).containsExactly(name, "");
    }

    @Test
    void sixtyFiveBytesWithoutNewlineAreTooLongHoweverSplit() {
        byte[] endless = "7".repeat(NameLineDecoder.MAX_LINE + 1).getBytes(US_ASCII);
        for (int cut = 0; cut <= endless.length; cut++) {
            NameLineDecoder decoder = new NameLineDecoder();

            NameLineDecoder.Result first = decoder.feed(endless, 0, cut);
            NameLineDecoder.Result second = decoder.state() == NameLineDecoder.State.DONE ? first
                    : decoder.feed(endless, cut, endless.length - cut);

            assertThat(second).as("cut at %d", cut).isInstanceOf(NameLineDecoder.TooLong.class);
        }
    }

    @Test
    void noBytesAreTakenAfterTheDecision() {
        NameLineDecoder decoder = new NameLineDecoder();
        decoder.feed(NAME_AND_REQUEST, 0, NAME_AND_REQUEST.length);

        assertThatThrownBy(() -> decoder.feed(new byte[] {1}, 0, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("name line: expected no more bytes");
    }
}
