package org.castellan.irz.colprot;

import static org.castellan.irz.colprot.ColprotEncoder.CR;
import static org.castellan.irz.colprot.ColprotEncoder.HEADER_LENGTH;
import static org.castellan.irz.colprot.ColprotEncoder.LF;
import static org.castellan.irz.colprot.ColprotEncoder.PREFIX;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reassembles COLPROT frames from a byte stream (irz-modem.md §3): frames split over any number of segments, several
 * frames in one segment, garbage before and between frames.
 *
 * <p><b>Use:</b> one decoder per connection; call {@link #feed} with every chunk the socket delivers, in order. Each
 * call reports, through its consumer and in stream order, the frames completed by the chunk and the problems skipped
 * over. Call {@link #finish} when the connection ends.
 *
 * <p><b>Resynchronisation:</b> the decoder hunts for the 5-byte prefix {@code C8 CA CB CC CD}; bytes outside a frame
 * are dropped and reported as {@link ColprotProblem.GarbageSkipped}. A header whose length exceeds
 * {@link #maxPayload()}, or a frame whose two bytes after the payload are not {@code 0D 0A}, is <em>not</em> fatal:
 * the decoder reports the problem, drops the first byte of the false frame and rescans everything after it, so a real
 * frame hidden behind a false prefix (or behind a corrupted length) is still found. Bad trailers are therefore
 * resynchronised and counted, never a reason to end the session; the gateway decides from {@link #stats()} whether a
 * connection is too noisy to keep.
 *
 * <p><b>Memory:</b> the decoder holds at most the frame being assembled, {@code 10 + maxPayload} bytes, in a buffer
 * that starts small and grows only as large frames arrive. The rescan happens in place in that buffer, without
 * allocation; the only allocation on the good path is each frame's payload.
 *
 * <p><b>Threading:</b> not thread-safe; confine to the connection's thread (a Netty event loop). Never throws for any
 * input bytes.
 */
public final class ColprotDecoder {

    /** Where the decoder is within a frame. */
    public enum State { PREFIX, TYPE, LENGTH_HIGH, LENGTH_LOW, PAYLOAD, TRAILER_CR, TRAILER_LF }

    /**
     * Counters since the decoder was made.
     *
     * @param frames       frames decoded
     * @param skippedBytes bytes dropped outside frames (including the remains of rejected frames)
     * @param oversize     headers rejected for their length
     * @param badTrailers  frames rejected for their trailer
     */
    public record Stats(long frames, long skippedBytes, long oversize, long badTrailers) {
    }

    private static final int INITIAL_BUFFER = 64;

    private final int maxPayload;
    private byte[] buf = new byte[INITIAL_BUFFER];
    private int bufLen;
    private State state = State.PREFIX;
    private int typeCode;
    private int length;
    private boolean rejected;
    private int pendingSkipped;
    private long frames;
    private long skippedBytes;
    private long oversize;
    private long badTrailers;

    /**
     * @param maxPayload the largest payload accepted, 1–65,535; a longer declared length is treated as garbage
     * @throws IllegalArgumentException if {@code maxPayload} is out of range
     */
    public ColprotDecoder(int maxPayload) {
        if (maxPayload < 1 || maxPayload > ColprotFrame.MAX_PAYLOAD) {
            throw new IllegalArgumentException("maxPayload: expected 1–65535, found " + maxPayload);
        }
        this.maxPayload = maxPayload;
    }

    /** @return the largest payload accepted */
    public int maxPayload() {
        return maxPayload;
    }

    /** @return where the decoder is within a frame */
    public State state() {
        return state;
    }

    /** @return bytes of an unfinished frame held, at most {@code 10 + maxPayload} */
    public int bufferedBytes() {
        return bufLen;
    }

    /** @return counters since the decoder was made */
    public Stats stats() {
        return new Stats(frames, skippedBytes, oversize, badTrailers);
    }

    /** Feeds a whole array; see {@link #feed(byte[], int, int, Consumer)}. */
    public void feed(byte[] src, Consumer<? super ColprotEvent> out) {
        feed(src, 0, src.length, out);
    }

    /**
     * Feeds the next {@code len} bytes of the stream. The bytes are not kept: the caller may reuse {@code src}.
     *
     * @param out receives frames and problems, in stream order, before this method returns
     */
    public void feed(byte[] src, int off, int len, Consumer<? super ColprotEvent> out) {
        Objects.checkFromIndexSize(off, len, src.length);
        Objects.requireNonNull(out, "out");
        int i = off;
        int end = off + len;
        while (i < end) {
            i = step(src, i, end, out);
            if (rejected) {
                rescan(out);
            }
        }
        reportSkipped(out);
    }

    /**
     * Ends the stream: reports an unfinished frame as {@link ColprotProblem.Truncated} and starts over empty.
     *
     * @param out receives the problem, if any
     */
    public void finish(Consumer<? super ColprotEvent> out) {
        reportSkipped(out);
        if (bufLen > 0) {
            out.accept(new ColprotProblem.Truncated(bufLen));
        }
        startOver();
    }

    /** Consumes bytes from {@code src[i..end)} until the end or until a frame is rejected; returns the next index. */
    private int step(byte[] src, int i, int end, Consumer<? super ColprotEvent> out) {
        while (i < end && !rejected) {
            switch (state) {
                case PREFIX -> i = huntPrefix(src, i, end, out);
                case TYPE -> {
                    typeCode = take(src[i++]);
                    state = State.LENGTH_HIGH;
                }
                case LENGTH_HIGH -> {
                    length = take(src[i++]) << 8;
                    state = State.LENGTH_LOW;
                }
                case LENGTH_LOW -> {
                    length |= take(src[i++]);
                    checkLength(out);
                }
                case PAYLOAD -> i = takePayload(src, i, end);
                case TRAILER_CR -> checkTrailer(take(src[i++]), CR, State.TRAILER_LF, out);
                case TRAILER_LF -> checkTrailer(take(src[i++]), LF, null, out);
            }
        }
        return i;
    }

    /** Matches the prefix byte by byte. Its five bytes all differ, so a mismatch can only restart at the byte itself. */
    private int huntPrefix(byte[] src, int i, int end, Consumer<? super ColprotEvent> out) {
        while (i < end) {
            byte b = src[i++];
            if (b != PREFIX[bufLen]) {
                pendingSkipped += bufLen;
                bufLen = 0;
                if (b != PREFIX[0]) {
                    pendingSkipped++;
                    continue;
                }
            }
            take(b);
            if (bufLen == PREFIX.length) {
                reportSkipped(out);
                state = State.TYPE;
                return i;
            }
        }
        return i;
    }

    private void checkLength(Consumer<? super ColprotEvent> out) {
        if (length > maxPayload) {
            oversize++;
            reject(new ColprotProblem.PayloadTooLong(typeCode, length, maxPayload), out);
            return;
        }
        ensureCapacity(HEADER_LENGTH + length + 2);
        state = length == 0 ? State.TRAILER_CR : State.PAYLOAD;
    }

    private int takePayload(byte[] src, int i, int end) {
        int n = Math.min(HEADER_LENGTH + length - bufLen, end - i);
        // src may be buf itself during a rescan; the write position is always behind the read position there.
        System.arraycopy(src, i, buf, bufLen, n);
        bufLen += n;
        if (bufLen == HEADER_LENGTH + length) {
            state = State.TRAILER_CR;
        }
        return i + n;
    }

    private void checkTrailer(int found, byte expected, State next, Consumer<? super ColprotEvent> out) {
        if (found != expected) {
            badTrailers++;
            reject(new ColprotProblem.BadTrailer(typeCode, length, found), out);
        } else if (next != null) {
            state = next;
        } else {
            frames++;
            ColprotFrame frame = ColprotFrame.adopt(typeCode, Arrays.copyOfRange(buf, HEADER_LENGTH,
                    HEADER_LENGTH + length));
            startOver();
            out.accept(frame);
        }
    }

    private void reject(ColprotProblem problem, Consumer<? super ColprotEvent> out) {
        reportSkipped(out);
        out.accept(problem);
        rejected = true;
    }

    /**
     * Rescans a rejected frame's bytes after its first one, in place: {@code buf[0..bufLen)} is the rejected frame.
     * A frame found while rescanning is written to the front of {@code buf}, never ahead of the byte being read; if it
     * is rejected too, the bytes still unread are moved up behind it and the loop starts again on the shorter run.
     */
    private void rescan(Consumer<? super ColprotEvent> out) {
        int end = bufLen;
        int read = 1;
        while (true) {
            rejected = false;
            pendingSkipped++; // the first byte of the false frame
            startOver();
            read = step(buf, read, end, out);
            if (!rejected) {
                return;
            }
            int unread = end - read;
            System.arraycopy(buf, read, buf, bufLen, unread);
            end = bufLen + unread;
            read = 1;
        }
    }

    private void startOver() {
        bufLen = 0;
        state = State.PREFIX;
    }

    private int take(byte b) {
        buf[bufLen++] = b;
        return b & 0xFF;
    }

    private void ensureCapacity(int needed) {
        if (buf.length < needed) {
            buf = Arrays.copyOf(buf, Math.max(needed, Math.min(buf.length * 2, HEADER_LENGTH + maxPayload + 2)));
        }
    }

    private void reportSkipped(Consumer<? super ColprotEvent> out) {
        if (pendingSkipped > 0) {
            skippedBytes += pendingSkipped;
            int n = pendingSkipped;
            pendingSkipped = 0;
            out.accept(new ColprotProblem.GarbageSkipped(n));
        }
    }
}
