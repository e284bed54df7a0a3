package org.castellan.tem106.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.castellan.tem106.testing.Fuzzing;

/**
 * Fuzzes the stream framer: on any stream, however it is chunked, it throws nothing, finds the same frames, hands
 * out only well-formed candidates, and accounts for every byte (in a frame, discarded, or in the partial frame).
 *
 * <p>The input's first byte chooses the framer (bit 0: replies or requests) and the chunk size (bits 1..7, plus 1);
 * the rest is the stream.
 */
class FramerFuzzTest {
    @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
    void framer(byte[] input) {
        int control = input.length == 0 ? 0 : input[0] & 0xFF;
        byte[] stream = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        check((control & 1) != 0, stream, 1 + (control >> 1));
    }

    static void check(boolean replies, byte[] stream, int chunkSize) {
        int sig = replies ? FrameCodec.REPLY_SIG : FrameCodec.REQUEST_SIG;
        Framer whole = replies ? Framer.forReplies() : Framer.forRequests();
        List<byte[]> frames = whole.feed(stream);

        Framer chunked = replies ? Framer.forReplies() : Framer.forRequests();
        List<byte[]> found = new ArrayList<>();
        for (int at = 0; at < stream.length; at += chunkSize) {
            found.addAll(chunked.feed(stream, at, Math.min(chunkSize, stream.length - at)));
        }
        assertThat(found).as("frames in chunks of %d", chunkSize).containsExactlyElementsOf(frames);
        assertThat(chunked.discarded()).isEqualTo(whole.discarded());
        assertThat(chunked.partialLength()).isEqualTo(whole.partialLength());
        assertThat(chunked.state()).isEqualTo(whole.state());
        assertThat(whole.inFrame()).isEqualTo(whole.state() != Framer.State.HUNT);

        long accounted = whole.discarded() + whole.partialLength();
        for (byte[] frame : frames) {
            accounted += frame.length;
            assertThat(frame[0] & 0xFF).isEqualTo(sig);
            assertThat(frame[2] & 0xFF).isEqualTo(~frame[1] & 0xFF);
            int length = frame[5] & 0xFF;
            assertThat(length).isLessThanOrEqualTo(Request.MAX_READ);
            assertThat(frame).hasSize(FrameCodec.HEADER + length + 1);
            if (!replies) {
                RequestDecoderFuzzTest.check(frame);
            }
        }
        assertThat(accounted).as("bytes in frames + discarded + partial").isEqualTo(stream.length);

        whole.reset();
        assertThat(whole.state()).isEqualTo(Framer.State.HUNT);
        assertThat(whole.partialLength()).isZero();
        assertThat(whole.discarded()).isEqualTo(accounted - frames.stream().mapToLong(f -> f.length).sum());
    }

    /** The seed corpus (see {@link org.castellan.tem106.testing.FuzzSeeds}): good frames, noise, false starts. */
    static Map<String, byte[]> seeds() {
        byte[] requests = Fuzzing.concat(SeedVectors.IDENTIFY_REQUEST, SeedVectors.READ_TIMER_REQUEST,
                SeedVectors.READ_FLASH_REQUEST);
        byte[] falseStart = SeedVectors.hex("AA 01 00 AA 01 FE 00 00 41");
        byte[] replies = Fuzzing.concat(Fuzzing.garbage(3, 5), SeedVectors.IDENTIFY_REPLY, falseStart,
                SeedVectors.IDENTIFY_REPLY_CYRILLIC, Arrays.copyOf(SeedVectors.IDENTIFY_REPLY, 9));
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("requests-byte-by-byte", input(false, 1, requests));
        seeds.put("requests-in-fives", input(false, 5, requests));
        seeds.put("requests-whole", input(false, 128, requests));
        seeds.put("replies-with-noise-in-threes", input(true, 3, replies));
        seeds.put("replies-with-noise-whole", input(true, 128, replies));
        byte[] cut = Arrays.copyOf(SeedVectors.READ_TIMER_REQUEST, 4);
        seeds.put("request-split-by-noise",
                input(false, 7, Fuzzing.concat(cut, Fuzzing.garbage(4, 3), SeedVectors.IDENTIFY_REQUEST)));
        seeds.put("noise", input(true, 16, Fuzzing.garbage(5, 64)));
        seeds.put("longest-frame", input(true, 64, Fuzzing.concat(SeedVectors.hex("AA 01 FE 0F 03 40"),
                new byte[64], new byte[] {0x12})));
        seeds.put("empty", new byte[0]);
        return seeds;
    }

    /** The input that feeds {@code stream} to a reply or request framer in chunks of {@code chunkSize} (1..128). */
    static byte[] input(boolean replies, int chunkSize, byte[] stream) {
        return Fuzzing.concat(new byte[] {(byte) ((chunkSize - 1) << 1 | (replies ? 1 : 0))}, stream);
    }
}
