package org.castellan.tem106.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FramerTest {
    private static final byte[] A = SeedVectors.IDENTIFY_REPLY;
    private static final byte[] B = SeedVectors.replyFrame(0xAA, 1, 0xFE, 0x0F, 0x01, new byte[64]);

    @Test
    void wholeFrameInOneChunk() {
        Framer framer = Framer.forReplies();
        assertThat(framer.feed(A)).containsExactly(A);
        assertThat(framer.state()).isEqualTo(Framer.State.HUNT);
    }

    @Test
    void frameSplitAtEveryPositionComesOutWhole() {
        for (int cut = 1; cut < A.length; cut++) {
            Framer framer = Framer.forReplies();
            assertThat(framer.feed(Arrays.copyOf(A, cut))).as("first %d bytes", cut).isEmpty();
            assertThat(framer.inFrame()).isTrue();
            assertThat(framer.feed(Arrays.copyOfRange(A, cut, A.length))).as("cut at %d", cut).containsExactly(A);
        }
    }

    @Test
    void twoFramesMergedAndSplitAtEveryPosition() {
        byte[] stream = concat(A, B);
        for (int cut = 0; cut <= stream.length; cut++) {
            Framer framer = Framer.forReplies();
            List<byte[]> frames = new ArrayList<>(framer.feed(Arrays.copyOf(stream, cut)));
            frames.addAll(framer.feed(Arrays.copyOfRange(stream, cut, stream.length)));
            assertThat(frames).as("cut at %d", cut).containsExactly(A, B);
        }
    }

    @Test
    void byteByByteFeedingFindsEveryFrame() {
        byte[] stream = concat(B, A, B);
        Framer framer = Framer.forReplies();
        List<byte[]> frames = new ArrayList<>();
        for (byte b : stream) {
            frames.addAll(framer.feed(new byte[] {b}));
        }
        assertThat(frames).containsExactly(B, A, B);
    }

    @Test
    void noiseBeforeAFrameIsDiscarded() {
        byte[] noise = SeedVectors.hex("00 FF 13 37 55 01");
        Framer framer = Framer.forReplies();
        assertThat(framer.feed(concat(noise, A))).containsExactly(A);
        assertThat(framer.discarded()).isEqualTo(noise.length);
    }

    @Test
    void falseStartByteInNoiseDoesNotHideTheRealFrame() {
        // AA 07 07: the "inverted address" does not match, so the AA was noise; the real frame starts right after
        byte[] noise = SeedVectors.hex("AA 07 07");
        Framer framer = Framer.forReplies();
        assertThat(framer.feed(concat(noise, A))).containsExactly(A);
    }

    @Test
    void falseStartWithAnImpossibleLengthIsDropped() {
        byte[] noise = SeedVectors.hex("AA 01 FE 0F 01 41");
        Framer framer = Framer.forReplies();
        assertThat(framer.feed(concat(noise, A))).containsExactly(A);
    }

    @Test
    void resetDropsAPartialFrame() {
        Framer framer = Framer.forReplies();
        framer.feed(Arrays.copyOf(A, 5));
        assertThat(framer.partialLength()).isEqualTo(5);
        framer.reset();
        assertThat(framer.state()).isEqualTo(Framer.State.HUNT);
        assertThat(framer.feed(A)).containsExactly(A);
    }

    @Test
    void requestFramerIgnoresReplies() {
        Framer framer = Framer.forRequests();
        assertThat(framer.feed(concat(A, SeedVectors.IDENTIFY_REQUEST))).containsExactly(SeedVectors.IDENTIFY_REQUEST);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
