package org.castellan.tem106.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds TEM-106 frames in a byte stream: chunks may split a frame at any byte, hold several frames, or carry noise
 * before a frame. Not thread-safe: one framer per connection, fed by the thread that reads it.
 *
 * <p>The framer checks only structure — start byte, the inverted address, LEN within 0..64 — and hands out each
 * complete candidate; {@link FrameCodec} validates the rest (checksum, echoes). A byte that cannot start a frame is
 * dropped; a header that fails its checks drops only its start byte, so a real frame hidden behind a false start is
 * still found.
 */
public final class Framer {
    /** Where the framer is within a frame. */
    public enum State {
        /** Looking for the start byte; everything else is noise. */
        HUNT,
        /** Start byte seen: collecting ADDR ~ADDR CGRP CMD LEN. */
        HEADER,
        /** Header accepted: collecting LEN data bytes and the checksum. */
        BODY
    }

    private final int sig;
    private final byte[] frame = new byte[FrameCodec.MAX_FRAME];
    private State state = State.HUNT;
    private int filled;
    private int expected;
    private long discarded;

    private Framer(int sig) {
        this.sig = sig;
    }

    /** A framer for meter replies ({@code AA …}). */
    public static Framer forReplies() {
        return new Framer(FrameCodec.REPLY_SIG);
    }

    /** A framer for master requests ({@code 55 …}). */
    public static Framer forRequests() {
        return new Framer(FrameCodec.REQUEST_SIG);
    }

    /** Feeds {@code length} bytes from {@code offset}; returns the frames they complete, in order (often none). */
    public List<byte[]> feed(byte[] bytes, int offset, int length) {
        List<byte[]> frames = new ArrayList<>(1);
        for (int i = offset; i < offset + length; i++) {
            byte[] done = accept(bytes[i]);
            if (done != null) {
                frames.add(done);
            }
        }
        return frames;
    }

    /** Feeds a whole array. */
    public List<byte[]> feed(byte[] bytes) {
        return feed(bytes, 0, bytes.length);
    }

    public State state() {
        return state;
    }

    /** Whether a frame has begun and is not complete: the 0.5 s inter-byte limit applies (seed TEM-106 §2). */
    public boolean inFrame() {
        return state != State.HUNT;
    }

    /** Bytes of the frame begun so far (0 in {@link State#HUNT}). */
    public int partialLength() {
        return filled;
    }

    /** Bytes dropped as noise or false starts since this framer was made. */
    public long discarded() {
        return discarded;
    }

    /** Drops a partial frame: called when a pause longer than the inter-byte limit broke it. */
    public void reset() {
        discarded += filled;
        filled = 0;
        state = State.HUNT;
    }

    private byte[] accept(byte b) {
        switch (state) {
            case HUNT -> {
                if ((b & 0xFF) == sig) {
                    frame[0] = b;
                    filled = 1;
                    state = State.HEADER;
                } else {
                    discarded++;
                }
                return null;
            }
            case HEADER -> {
                frame[filled++] = b;
                if (filled == FrameCodec.HEADER) {
                    acceptHeader();
                }
                return null;
            }
            case BODY -> {
                frame[filled++] = b;
                return filled == expected ? complete() : null;
            }
        }
        throw new AssertionError(state);
    }

    private void acceptHeader() {
        int length = frame[5] & 0xFF;
        if ((frame[2] & 0xFF) == (~frame[1] & 0xFF) && length <= Request.MAX_READ) {
            expected = FrameCodec.HEADER + length + 1;
            state = State.BODY;
            return;
        }
        // a false start: rescan what followed the start byte, a real frame may begin inside it
        byte[] rest = new byte[filled - 1];
        System.arraycopy(frame, 1, rest, 0, rest.length);
        filled = 0;
        state = State.HUNT;
        discarded++;
        for (byte r : rest) {
            byte[] done = accept(r);
            assert done == null : "a header cannot complete a frame";
        }
    }

    private byte[] complete() {
        byte[] done = new byte[filled];
        System.arraycopy(frame, 0, done, 0, filled);
        filled = 0;
        state = State.HUNT;
        return done;
    }
}
