package org.castellan.irz.raw;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.LinkedHashMap;
import java.util.SequencedMap;
import org.castellan.irz.FuzzInput;
import org.castellan.irz.Fuzzing;
import org.castellan.irz.Hex;

/**
 * Fuzzes {@link PatternStripper} (irz-modem.md §4) with patterns of 1–5 bytes over the alphabet {1, 2}, so that they
 * overlap themselves and occur in the data: whatever the bytes and the chunks, it holds back less than a pattern,
 * loses and invents nothing, and cuts exactly what {@link ReferenceStripper} cuts from the whole stream.
 * Seeds: {@link #seeds()}.
 */
class PatternStripperFuzzTest {

    private static final int MAX_CUTS = 6;

    @FuzzTest(maxDuration = Fuzzing.VERIFY_DURATION)
    void anyBytesInAnyChunksHoldBackLessThanThePattern(FuzzedDataProvider data) {
        byte[] pattern = new byte[data.consumeInt(1, 5)];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = data.consumeBoolean() ? (byte) 2 : (byte) 1;
        }
        FuzzInput.ChunkedStream input = FuzzInput.chunkedStream(data, MAX_CUTS);
        PatternStripper stripper = new PatternStripper(BytePattern.of(pattern));
        Recording out = new Recording();
        for (byte[] chunk : input.chunks()) {
            stripper.feed(chunk, out);
            assertThat(stripper.heldBack()).isLessThan(pattern.length);
        }
        stripper.flush(out);
        // nothing is invented or lost: output + removed patterns account for every input byte
        assertThat(out.bytes().length + (long) out.removed * pattern.length).isEqualTo(input.stream().length);
        ReferenceStripper expected = ReferenceStripper.strip(input.stream(), pattern);
        assertThat(out.bytes()).isEqualTo(expected.data());
        assertThat(out.removed).isEqualTo(expected.removed());
        assertThat(stripper.removedCount()).isEqualTo(expected.removed());
    }

    /** Self-overlapping patterns and partial matches at chunk ends, the cases the KMP fallback and hold-back serve. */
    static SequencedMap<String, byte[]> seeds() {
        SequencedMap<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("seed-overlapping-121-cut-inside", seed("01 02 01", "01 02 01 02 01 02 01 01 02 01", 2, 1, 3));
        seeds.put("seed-self-overlapping-111", seed("01 01 01", "01 01 01 01 01 01 01 01 01 01", 1, 1, 1, 1));
        seeds.put("seed-partial-match-flushed", seed("01 02 02 01 02", "00 01 02 02 01", 3));
        seeds.put("seed-restart-after-mismatch", seed("01 01 02", "01 01 01 01 02 02 01 01", 4, 0, 2));
        seeds.put("seed-single-byte", seed("02", "02 00 02 02 09", 1));
        seeds.put("seed-pattern-among-keep-alives", seed("01 02 01 02 01",
                "B5 BC 01 02 01 02 01 02 01 BD BE BF 01 02", 7, 3));
        seeds.put("seed-empty", seed("01", ""));
        return seeds;
    }

    private static byte[] seed(String patternHex, String streamHex, int... cuts) {
        byte[] pattern = Hex.parse(patternHex);
        FuzzInput.Seed seed = FuzzInput.seed().number(pattern.length, 1, 5);
        for (byte b : pattern) {
            seed.bool(b == 2);
        }
        return seed.cuts(MAX_CUTS, cuts).stream(Hex.parse(streamHex));
    }
}
