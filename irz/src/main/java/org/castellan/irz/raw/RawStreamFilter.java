package org.castellan.irz.raw;

import java.util.List;
import java.util.Objects;

/**
 * The modem → poller direction of a raw-mode connection: cuts several patterns (keep-alive, a DTU's heartbeat, a
 * registration packet repeated before every packet) out of the stream, one {@link PatternStripper} after another.
 * A pattern is looked for in what the earlier strippers let through, so a keep-alive that lands inside a
 * registration prefix's neighbourhood does not hide it.
 *
 * <p>Holds back at most the sum of (pattern length − 1) over its patterns. Not thread-safe; confine to the
 * connection's thread. Never throws for any input bytes.
 */
public final class RawStreamFilter {

    private final PatternStripper[] stages;
    private final RawSink[] sinks;
    private final RawSink out;

    /**
     * @param patterns what to cut, in order; may be empty (then the filter passes everything through)
     * @param out      receives the data and each removal, on the feeding thread
     */
    public RawStreamFilter(List<BytePattern> patterns, RawSink out) {
        Objects.requireNonNull(out, "out");
        int n = patterns.size();
        stages = new PatternStripper[n];
        sinks = new RawSink[n];
        for (int i = 0; i < n; i++) {
            stages[i] = new PatternStripper(patterns.get(i));
        }
        for (int i = 0; i < n; i++) {
            sinks[i] = i == n - 1 ? out : new Stage(i + 1, out);
        }
        this.out = out;
    }

    /** Feeds the next bytes of the stream. */
    public void feed(byte[] src, int off, int len) {
        if (stages.length == 0) {
            Objects.checkFromIndexSize(off, len, src.length);
            if (len > 0) {
                out.data(src, off, len);
            }
            return;
        }
        stages[0].feed(src, off, len, sinks[0]);
    }

    /** Releases all held-back bytes as data (stream idle, or ended). */
    public void flush() {
        for (int i = 0; i < stages.length; i++) {
            stages[i].flush(sinks[i]);
        }
    }

    /** @return bytes held back over all stages */
    public int heldBack() {
        int sum = 0;
        for (PatternStripper stage : stages) {
            sum += stage.heldBack();
        }
        return sum;
    }

    /** Passes one stage's output into the next stage; removals go straight to the final sink. */
    private final class Stage implements RawSink {
        private final int next;
        private final RawSink last;

        Stage(int next, RawSink last) {
            this.next = next;
            this.last = last;
        }

        @Override
        public void data(byte[] bytes, int off, int len) {
            stages[next].feed(bytes, off, len, sinks[next]);
        }

        @Override
        public void patternRemoved(BytePattern pattern) {
            last.patternRemoved(pattern);
        }
    }
}
