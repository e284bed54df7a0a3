package org.castellan.irz.raw;

import java.util.Objects;

/**
 * Cuts every occurrence of one {@link BytePattern} out of a stream, also when the pattern straddles two chunks
 * (irz-modem.md §4: in raw mode the modem's keep-alive can land between fragments of a meter's answer).
 *
 * <p><b>How:</b> a Knuth–Morris–Pratt matcher. Data is passed on as slices of the fed chunk, without copying. Only a
 * partial match at the very end of a chunk is held back — at most {@code pattern.length() − 1} bytes — and released as
 * data as soon as the next bytes show it is not the pattern. Held-back bytes are always a prefix of the pattern, so
 * the stripper needs no buffer of its own: it releases them from the pattern's own array.
 *
 * <p><b>Trade-off:</b> raw mode has no framing, so the pattern could in theory occur inside meter data; it would be
 * cut out there too (the document says raw mode cannot avoid that). Holding back a partial match delays the last few
 * bytes of a meter answer that happens to end like the start of the pattern; call {@link #flush} when the stream
 * has been idle for a moment so they are not stuck. Flushing early has the opposite risk: a keep-alive whose halves
 * arrive further apart than the idle time would leak into the data, so the idle time should be well above a TCP
 * segment's gap (hundreds of milliseconds) and well below a poller's answer timeout.
 *
 * <p><b>Threading:</b> not thread-safe; confine to the connection's thread. Never throws for any input bytes.
 */
public final class PatternStripper {

    private final BytePattern pattern;
    private final byte[] p;
    private final int[] fallback;
    private int matched;
    private long removed;

    /** @param pattern the bytes to cut out */
    public PatternStripper(BytePattern pattern) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.p = pattern.array();
        this.fallback = fallbackTable(p);
    }

    /** @return the pattern this stripper cuts out */
    public BytePattern pattern() {
        return pattern;
    }

    /** @return bytes held back as a possible start of the pattern, at most {@code pattern.length() − 1} */
    public int heldBack() {
        return matched;
    }

    /** @return how many patterns were cut out so far */
    public long removedCount() {
        return removed;
    }

    /** Feeds a whole array; see {@link #feed(byte[], int, int, RawSink)}. */
    public void feed(byte[] src, RawSink sink) {
        feed(src, 0, src.length, sink);
    }

    /**
     * Feeds the next {@code len} bytes of the stream; everything that is certainly data reaches {@code sink} before
     * this returns, in order, with a {@link RawSink#patternRemoved} call where each pattern was.
     */
    public void feed(byte[] src, int off, int len, RawSink sink) {
        Objects.checkFromIndexSize(off, len, src.length);
        // Positions are relative to src[off]; the bytes held back from earlier chunks sit at [-held, 0).
        int held = matched;
        int emitFrom = -held;
        for (int j = 0; j < len; j++) {
            byte b = src[off + j];
            int k = matched;
            while (k > 0 && p[k] != b) {
                k = fallback[k - 1];
            }
            matched = p[k] == b ? k + 1 : 0;
            if (matched == p.length) {
                emit(src, off, held, emitFrom, j + 1 - p.length, sink);
                emitFrom = j + 1;
                matched = 0;
                removed++;
                sink.patternRemoved(pattern);
            }
        }
        emit(src, off, held, emitFrom, len - matched, sink);
    }

    /** Releases the bytes held back as data (call when the stream has been idle, or at its end). */
    public void flush(RawSink sink) {
        if (matched > 0) {
            int n = matched;
            matched = 0;
            sink.data(p, 0, n);
        }
    }

    /** Emits stream positions [from, to): the part before 0 from the held-back pattern prefix, the rest from src. */
    private void emit(byte[] src, int off, int held, int from, int to, RawSink sink) {
        if (from < 0 && from < to) {
            sink.data(p, from + held, Math.min(to, 0) - from);
        }
        int start = Math.max(from, 0);
        if (start < to) {
            sink.data(src, off + start, to - start);
        }
    }

    /** KMP: for each prefix length i+1, the length of its longest proper prefix that is also its suffix. */
    private static int[] fallbackTable(byte[] p) {
        int[] table = new int[p.length];
        int k = 0;
        for (int i = 1; i < p.length; i++) {
            while (k > 0 && p[i] != p[k]) {
                k = table[k - 1];
            }
            if (p[i] == p[k]) {
                k++;
            }
            table[i] = k;
        }
        return table;
    }
}
