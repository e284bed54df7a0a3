package org.castellan.irz.colprot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.castellan.irz.Chunks;
import org.castellan.irz.Gen;
import org.castellan.irz.RandomCases;
import org.junit.jupiter.api.Test;

/** Round trips of COLPROT frames through the encoder and the decoder, on thousands of generated streams. */
class ColprotPropertyTest {

    private static final int MAX = 64;
    private static final int CASES = 3000;

    @Test
    void encodedFramesDecodeToThemselvesHoweverTheStreamIsCut() {
        RandomCases.check(CASES, gen -> {
            List<ColprotFrame> frames = gen.show("frames", frames(gen));
            int[] cuts = gen.show("cuts", gen.cuts(8, 700));
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            frames.forEach(f -> stream.writeBytes(ColprotEncoder.encode(f)));
            ColprotDecoder decoder = new ColprotDecoder(MAX);
            List<ColprotEvent> events = new ArrayList<>();
            Chunks.cutAtClipped(stream.toByteArray(), cuts).forEach(chunk -> decoder.feed(chunk, events::add));
            assertThat(events).containsExactlyElementsOf(frames);
            assertThat(decoder.bufferedBytes()).isZero();
        });
    }

    @Test
    void framesAfterGarbageWithoutAPrefixStartAreAllFound() {
        RandomCases.check(CASES, gen -> {
            List<ColprotFrame> frames = gen.show("frames", frames(gen));
            byte[] garbage = gen.show("garbage", gen.bytesWithout((byte) 0xC8, 20));
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            for (ColprotFrame f : frames) {
                stream.writeBytes(garbage);
                stream.writeBytes(ColprotEncoder.encode(f));
            }
            ColprotDecoder decoder = new ColprotDecoder(MAX);
            List<ColprotEvent> events = new ArrayList<>();
            decoder.feed(stream.toByteArray(), events::add);
            assertThat(events).filteredOn(ColprotFrame.class::isInstance).containsExactlyElementsOf(frames);
            assertThat(decoder.stats().skippedBytes()).isEqualTo((long) garbage.length * frames.size());
        });
    }

    /** @return 0–6 frames of any type with payloads of 0–64 bytes */
    private static List<ColprotFrame> frames(Gen gen) {
        return gen.list(0, 6, g -> ColprotFrame.of(g.between(0, 255), g.bytes(MAX)));
    }
}
