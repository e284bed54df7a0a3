package org.castellan.irz.colprot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class ColprotProperties {

    private static final int MAX = 64;

    @Property(tries = 300)
    void arbitraryBytesInArbitraryChunksNeverThrowAndStayWithinTheBuffer(@ForAll @Size(max = 600) byte[] bytes,
                                                                        @ForAll("cuts") List<Integer> cuts) {
        ColprotDecoder decoder = new ColprotDecoder(MAX);
        List<ColprotEvent> events = new ArrayList<>();
        for (byte[] chunk : cut(bytes, cuts)) {
            decoder.feed(chunk, events::add);
            assertThat(decoder.bufferedBytes()).isBetween(0, ColprotEncoder.OVERHEAD + MAX);
        }
        ColprotDecoder.Stats stats = decoder.stats();
        long frameBytes = events.stream().filter(ColprotFrame.class::isInstance)
                .mapToLong(e -> ((ColprotFrame) e).payloadLength() + ColprotEncoder.OVERHEAD).sum();
        // every byte is accounted for: in a frame, skipped, or still held
        assertThat(frameBytes + stats.skippedBytes() + decoder.bufferedBytes()).isEqualTo(bytes.length);
    }

    @Property(tries = 300)
    void encodedFramesDecodeToThemselvesHoweverTheStreamIsCut(@ForAll("frames") List<ColprotFrame> frames,
                                                              @ForAll("cuts") List<Integer> cuts) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        frames.forEach(f -> stream.writeBytes(ColprotEncoder.encode(f)));
        ColprotDecoder decoder = new ColprotDecoder(MAX);
        List<ColprotEvent> events = new ArrayList<>();
        cut(stream.toByteArray(), cuts).forEach(chunk -> decoder.feed(chunk, events::add));
        assertThat(events).containsExactlyElementsOf(frames);
        assertThat(decoder.bufferedBytes()).isZero();
    }

    @Property(tries = 300)
    void framesAfterGarbageWithoutAPrefixStartAreAllFound(@ForAll("frames") List<ColprotFrame> frames,
                                                          @ForAll("garbage") byte[] garbage) {
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
    }

    @Provide
    Arbitrary<List<ColprotFrame>> frames() {
        Arbitrary<ColprotFrame> frame = Combinators.combine(
                        Arbitraries.integers().between(0, 255),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(MAX))
                .as(ColprotFrame::of);
        return frame.list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<byte[]> garbage() {
        return Arbitraries.bytes().filter(b -> b != (byte) 0xC8).array(byte[].class).ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 700).list().ofMaxSize(8);
    }

    /** Cuts at the given positions (sorted, clipped to the length). */
    static List<byte[]> cut(byte[] bytes, List<Integer> cuts) {
        int[] positions = cuts.stream().mapToInt(c -> Math.min(c, bytes.length)).sorted().toArray();
        return org.castellan.irz.Chunks.cutAt(bytes, positions);
    }
}
