package org.castellan.irz.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.castellan.irz.Chunks;

class RawProperties {

    @Property(tries = 300)
    void anyBytesInAnyChunksHoldBackLessThanThePattern(@ForAll @Size(max = 300) byte[] bytes,
                                                       @ForAll("cuts") List<Integer> cuts,
                                                       @ForAll("patterns") byte[] pattern) {
        PatternStripper stripper = new PatternStripper(BytePattern.of(pattern));
        Recording out = new Recording();
        for (byte[] chunk : cut(bytes, cuts)) {
            stripper.feed(chunk, out);
            assertThat(stripper.heldBack()).isLessThan(pattern.length);
        }
        stripper.flush(out);
        // nothing is invented or lost: output + removed patterns account for every input byte
        assertThat(out.bytes().length + (long) out.removed * pattern.length).isEqualTo(bytes.length);
    }

    @Property(tries = 300)
    void dataWithKeepAlivesInsertedComesOutUnchanged(@ForAll("dataWithoutB5") List<byte[]> pieces,
                                                     @ForAll("cuts") List<Integer> cuts) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (byte[] piece : pieces) {
            stream.writeBytes(piece);
            stream.writeBytes(BytePattern.IRZ_KEEP_ALIVE.bytes());
            data.writeBytes(piece);
        }
        PatternStripper stripper = new PatternStripper(BytePattern.IRZ_KEEP_ALIVE);
        Recording out = new Recording();
        cut(stream.toByteArray(), cuts).forEach(c -> stripper.feed(c, out));
        assertThat(out.bytes()).isEqualTo(data.toByteArray());
        assertThat(out.removed).isEqualTo(pieces.size());
    }

    @Provide
    Arbitrary<byte[]> patterns() {
        // small alphabet so that patterns overlap themselves and occur in the data
        return Arbitraries.of((byte) 1, (byte) 2).array(byte[].class).ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<byte[]>> dataWithoutB5() {
        return Arbitraries.bytes().filter(b -> b != (byte) 0xB5).array(byte[].class).ofMaxSize(20).list()
                .ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 320).list().ofMaxSize(6);
    }

    private static List<byte[]> cut(byte[] bytes, List<Integer> cuts) {
        int[] positions = cuts.stream().mapToInt(c -> Math.min(c, bytes.length)).sorted().toArray();
        return Chunks.cutAt(bytes, positions);
    }
}
