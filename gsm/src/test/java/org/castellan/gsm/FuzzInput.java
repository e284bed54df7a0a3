package org.castellan.gsm;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the fuzz tests read Jazzer's input, and how seeds are written so that they read back as intended.
 *
 * <p>Jazzer's {@link FuzzedDataProvider} (like libFuzzer's) takes numbers from the <em>end</em> of the input and data
 * from the <em>front</em>. The fuzz tests read only numbers with at most 256 possible values, each costing exactly one
 * byte ({@code value − min}, taken modulo the range), and then take the rest of the input as the byte stream. So a
 * seed is simply the stream followed by one byte per number, in reverse reading order — {@link Seed} writes that.
 *
 * <p>Chunking, as a socket might deliver the stream: {@link #chunkedStream} reads a cut count {@code n} (0 to
 * {@code maxCuts}) and {@code n} chunk lengths (0–255; 0 feeds an empty chunk), then the stream; the stream is fed in
 * those chunks and whatever remains as one last chunk.
 */
public final class FuzzInput {

    private FuzzInput() {
    }

    /**
     * A stream and the chunks it is fed in.
     *
     * @param stream every byte, in order
     * @param chunks {@code stream} cut into pieces; their concatenation is {@code stream}
     */
    public record ChunkedStream(byte[] stream, List<byte[]> chunks) {
    }

    /** Reads a cut plan and then the rest of the input as the stream; see the class comment. */
    public static ChunkedStream chunkedStream(FuzzedDataProvider data, int maxCuts) {
        int cuts = data.consumeInt(0, maxCuts);
        int[] lengths = new int[cuts];
        for (int i = 0; i < cuts; i++) {
            lengths[i] = data.consumeInt(0, 255);
        }
        byte[] stream = data.consumeRemainingAsBytes();
        return new ChunkedStream(stream, cut(stream, lengths));
    }

    /** @return {@code stream} cut into pieces of the given lengths (clipped at the end) and the rest */
    public static List<byte[]> cut(byte[] stream, int... lengths) {
        List<byte[]> chunks = new ArrayList<>();
        int at = 0;
        for (int length : lengths) {
            int end = Math.min(stream.length, at + length);
            chunks.add(Arrays.copyOfRange(stream, at, end));
            at = end;
        }
        chunks.add(Arrays.copyOfRange(stream, at, stream.length));
        return chunks;
    }

    /** @return a writer for one seed */
    public static Seed seed() {
        return new Seed();
    }

    /**
     * Writes a seed in the layout above: call the methods in the order the fuzz test reads, then {@link #stream}.
     * Not thread-safe.
     */
    public static final class Seed {
        private final ByteArrayOutputStream numbers = new ByteArrayOutputStream();

        private Seed() {
        }

        /**
         * A number the test reads with {@code consumeInt(min, max)}.
         *
         * @throws IllegalArgumentException if the range is not 2–256 values wide or the value is outside it
         */
        public Seed number(int value, int min, int max) {
            if (max - min < 1 || max - min > 255 || value < min || value > max) {
                throw new IllegalArgumentException("seed number: expected " + min + "–" + max
                        + " in a range of 2–256 values, found " + value);
            }
            numbers.write(value - min);
            return this;
        }

        /** A boolean the test reads with {@code consumeBoolean()} (the low bit of one byte). */
        public Seed bool(boolean value) {
            numbers.write(value ? 1 : 0);
            return this;
        }

        /** The cut plan {@link #chunkedStream} reads: {@code lengths.length} cuts of these lengths. */
        public Seed cuts(int maxCuts, int... lengths) {
            number(lengths.length, 0, maxCuts);
            for (int length : lengths) {
                number(length, 0, 255);
            }
            return this;
        }

        /** @return {@code stream} followed by the numbers, last read first */
        public byte[] stream(byte[] stream) {
            byte[] read = numbers.toByteArray();
            byte[] out = Arrays.copyOf(stream, stream.length + read.length);
            for (int i = 0; i < read.length; i++) {
                out[out.length - 1 - i] = read[i];
            }
            return out;
        }
    }
}
