package org.castellan.irz.raw;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.castellan.irz.FuzzInput;
import org.castellan.irz.Fuzzing;
import org.castellan.irz.GoldenVectors;
import org.castellan.irz.Hex;

/**
 * Fuzzes {@link RawStreamFilter} (irz-modem.md §4, §6) with 0–3 patterns of any bytes: whatever the stream and the
 * chunks, it holds back at most the sum of (pattern length − 1), and its output is what cutting each pattern in turn
 * out of the whole stream gives ({@link ReferenceStripper}). Chunks are fed as slices of a larger array whose
 * neighbouring bytes would complete a pattern, as a Netty buffer with an offset would be. Seeds: {@link #seeds()}.
 */
class RawStreamFilterFuzzTest {

    private static final int MAX_PATTERNS = 3;
    private static final int MAX_PATTERN_LENGTH = 8;
    private static final int MAX_CUTS = 6;

    // libFuzzer dictionary syntax: the keep-alive (irz-modem.md §4)
    @DictionaryEntries("\\xB5\\xBC\\xBD\\xBE\\xBF")
    @FuzzTest(maxDuration = Fuzzing.VERIFY_DURATION)
    void anyBytesThroughAnyPatternsComeOutAsIfEachWereCutInTurn(FuzzedDataProvider data) {
        List<BytePattern> patterns = new ArrayList<>();
        for (int n = data.consumeInt(0, MAX_PATTERNS); n > 0; n--) {
            byte[] pattern = new byte[data.consumeInt(1, MAX_PATTERN_LENGTH)];
            for (int i = 0; i < pattern.length; i++) {
                pattern[i] = (byte) data.consumeInt(0, 255);
            }
            patterns.add(BytePattern.of(pattern));
        }
        FuzzInput.ChunkedStream input = FuzzInput.chunkedStream(data, MAX_CUTS);
        int maxHeld = patterns.stream().mapToInt(p -> p.length() - 1).sum();
        Recording out = new Recording();
        RawStreamFilter filter = new RawStreamFilter(patterns, out);
        for (byte[] chunk : input.chunks()) {
            byte[] padded = padded(chunk, patterns);
            filter.feed(padded, padded.length - chunk.length - 1, chunk.length);
            assertThat(filter.heldBack()).isBetween(0, maxHeld);
        }
        filter.flush();
        assertThat(filter.heldBack()).isZero();
        byte[] expected = input.stream();
        int removed = 0;
        for (BytePattern p : patterns) {
            ReferenceStripper stage = ReferenceStripper.strip(expected, p.bytes());
            expected = stage.data();
            removed += stage.removed();
        }
        assertThat(out.bytes()).isEqualTo(expected);
        assertThat(out.removed).isEqualTo(removed);
    }

    /** @return {@code chunk} between the first pattern's tail and head, which the filter must not read */
    private static byte[] padded(byte[] chunk, List<BytePattern> patterns) {
        byte[] pattern = patterns.isEmpty() ? new byte[] {0} : patterns.getFirst().bytes();
        byte[] out = new byte[pattern.length + chunk.length + 1];
        System.arraycopy(pattern, 0, out, 0, pattern.length);
        System.arraycopy(chunk, 0, out, pattern.length, chunk.length);
        out[out.length - 1] = pattern[0];
        return out;
    }

    /** The keep-alive, a DTU heartbeat and registration prefix, and patterns that only appear once another is cut. */
    static SequencedMap<String, byte[]> seeds() {
        SequencedMap<String, byte[]> seeds = new LinkedHashMap<>();
        byte[] keepAlive = GoldenVectors.RAW_KEEP_ALIVE;
        seeds.put("seed-golden-keep-alive-between-meter-bytes", seed(List.of(keepAlive),
                GoldenVectors.concat(Hex.parse("55 01 0F"), keepAlive, Hex.parse("00 00 A5")), 5, 1));
        seeds.put("seed-keep-alive-heartbeat-registration", seed(
                List.of(keepAlive, Hex.parse("FE FE"), Hex.parse("52 45 47 31")),
                Hex.parse("52 45 47 31 01 02 B5 BC BD BE BF 03 52 45 47 31 FE FE 04"), 3, 6, 1, 2));
        seeds.put("seed-pattern-appears-once-another-is-cut", seed(
                List.of(Hex.parse("01 02"), Hex.parse("07 07 08 08")),
                Hex.parse("07 07 01 02 08 08 07 07 08 08"), 3));
        seeds.put("seed-keep-alive-split-over-every-chunk", seed(List.of(keepAlive),
                Hex.parse("B5 BC BD BE BF B5 BC BD"), 1, 1, 1, 1, 1, 1));
        seeds.put("seed-no-patterns", seed(List.of(), keepAlive));
        seeds.put("seed-empty", seed(List.of(keepAlive), new byte[0]));
        return seeds;
    }

    private static byte[] seed(List<byte[]> patterns, byte[] stream, int... cuts) {
        FuzzInput.Seed seed = FuzzInput.seed().number(patterns.size(), 0, MAX_PATTERNS);
        for (byte[] pattern : patterns) {
            seed.number(pattern.length, 1, MAX_PATTERN_LENGTH);
            for (byte b : pattern) {
                seed.number(b & 0xFF, 0, 255);
            }
        }
        return seed.cuts(MAX_CUTS, cuts).stream(stream);
    }
}
