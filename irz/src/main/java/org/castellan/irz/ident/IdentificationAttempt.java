package org.castellan.irz.ident;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.castellan.irz.Hex;

/**
 * Identifies one connection: fed the connection's first bytes until its {@link IdentificationChain} decides.
 *
 * <p><b>Lifecycle:</b> made by {@link IdentificationChain#begin}, which already asks the recognisers once with no
 * bytes (a dedicated port identifies at once); then {@link #feed} each chunk while {@link #result()} is
 * {@link IdentificationResult.NeedMore}. The caller enforces the time limit: schedule {@link #checkDeadline()} at
 * {@link #deadline()} (no threads or timers in here); {@link #feed} also checks it. Call {@link #endOfStream()} if
 * the connection closes first. Once decided the attempt is finished; feeding it again is a programming error.
 *
 * <p><b>Memory:</b> buffers at most the chain's {@code maxBytes}, in a buffer that starts small.
 *
 * <p><b>Threading:</b> not thread-safe; confine to the connection's thread. Never throws for any input bytes.
 */
public final class IdentificationAttempt {

    private static final int INITIAL_BUFFER = 64;

    private final IdentificationChain chain;
    private final RecognitionContext context;
    private final Instant deadline;
    private final boolean[] notMine;
    private byte[] buf;
    private int len;
    private IdentificationResult result;

    IdentificationAttempt(IdentificationChain chain, RecognitionContext context, Instant deadline) {
        this.chain = chain;
        this.context = context;
        this.deadline = deadline;
        this.notMine = new boolean[chain.recognisers().size()];
        this.buf = new byte[Math.min(INITIAL_BUFFER, chain.maxBytes())];
        this.result = evaluate(new byte[0], 0, 0);
    }

    /** @return when the attempt is rejected with {@link RejectReason#DEADLINE} if still undecided */
    public Instant deadline() {
        return deadline;
    }

    /** @return the decision so far */
    public IdentificationResult result() {
        return result;
    }

    /** @return whether the attempt is decided (identified or rejected) */
    public boolean decided() {
        return !(result instanceof IdentificationResult.NeedMore);
    }

    /** @return bytes held, at most the chain's {@code maxBytes} */
    public int bufferedBytes() {
        return len;
    }

    /** Feeds a whole array; see {@link #feed(byte[], int, int)}. */
    public IdentificationResult feed(byte[] src) {
        return feed(src, 0, src.length);
    }

    /**
     * Feeds the next bytes of the connection. Bytes beyond a complete identification come back as its leftover.
     *
     * @return the decision after these bytes
     * @throws IllegalStateException if the attempt was already decided
     */
    public IdentificationResult feed(byte[] src, int off, int n) {
        Objects.checkFromIndexSize(off, n, src.length);
        if (decided()) {
            throw new IllegalStateException("identification already decided: " + result);
        }
        checkDeadline();
        if (decided()) {
            return result;
        }
        int take = Math.min(n, chain.maxBytes() - len);
        append(src, off, take);
        result = evaluate(src, off + take, n - take);
        if (!decided() && (take < n || len == chain.maxBytes())) {
            result = new IdentificationResult.Rejected(RejectReason.TOO_LONG, "identification: expected a decision "
                    + "within " + chain.maxBytes() + " bytes, found " + (len + n - take) + " bytes undecided",
                    new byte[0]);
        }
        return result;
    }

    /** @return the decision, turned into {@link RejectReason#DEADLINE} if the deadline has passed undecided */
    public IdentificationResult checkDeadline() {
        if (!decided() && !chain.clock().instant().isBefore(deadline)) {
            result = new IdentificationResult.Rejected(RejectReason.DEADLINE, "identification: expected within "
                    + chain.timeLimit() + ", found " + len + " bytes undecided at the deadline", new byte[0]);
        }
        return result;
    }

    /** @return the decision, turned into {@link RejectReason#CLOSED} if the stream ended undecided */
    public IdentificationResult endOfStream() {
        if (!decided()) {
            result = new IdentificationResult.Rejected(RejectReason.CLOSED, "identification: expected "
                    + "identification, found end of stream after " + len + " bytes", new byte[0]);
        }
        return result;
    }

    /** Asks the recognisers in order; {@code rest[restOff..+restLen)} are bytes beyond the buffer, for the leftover. */
    private IdentificationResult evaluate(byte[] rest, int restOff, int restLen) {
        List<Recogniser> recognisers = chain.recognisers();
        for (int i = 0; i < recognisers.size(); i++) {
            if (notMine[i]) {
                continue;
            }
            switch (recognisers.get(i).examine(buf, len, context)) {
                case Recognition.NotMine r -> notMine[i] = true;
                case Recognition.NeedMore r -> {
                    return new IdentificationResult.NeedMore(deadline);
                }
                case IdentificationResult.Rejected r -> {
                    return r;
                }
                case Recognition.Match m -> {
                    return admit(m, rest, restOff, restLen);
                }
            }
        }
        return new IdentificationResult.Rejected(RejectReason.UNRECOGNISED, "identification: expected one of "
                + recognisers.size() + " recognised forms, found " + Hex.format(buf, 0, Math.min(len, 16))
                + (len > 16 ? " …" : ""), new byte[0]);
    }

    private IdentificationResult admit(Recognition.Match m, byte[] rest, int restOff, int restLen) {
        if (m.consumed() < 0 || m.consumed() > len) {
            throw new IllegalStateException("recogniser consumed " + m.consumed() + " of " + len + " bytes");
        }
        if (!chain.admission().test(m.identity().id())) {
            return new IdentificationResult.Rejected(RejectReason.NOT_ADMITTED, "device " + m.identity().id()
                    + ": expected an admitted device, found one not admitted", m.rejectReply());
        }
        byte[] leftover = Arrays.copyOfRange(buf, m.consumed(), len + restLen);
        System.arraycopy(rest, restOff, leftover, len - m.consumed(), restLen);
        return new IdentificationResult.Identified(m.identity(), m.framing(), leftover, m.acceptReply());
    }

    private void append(byte[] src, int off, int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.min(chain.maxBytes(), Math.max(len + n, buf.length * 2)));
        }
        System.arraycopy(src, off, buf, len, n);
        len += n;
    }
}
