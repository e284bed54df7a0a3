package org.castellan.gsm.at;

import java.util.function.Consumer;

/**
 * Cuts a modem's byte stream into lines, push-style: feed it whatever the port delivered, in any chunks. Responses in
 * verbose mode (ATV1) come as {@code <CR><LF>text<CR><LF>}, echoed commands end in {@code <CR>}, so CR and LF both end
 * a line and empty lines are skipped. The CMGS prompt {@code <CR><LF>> } ends with a space and no line end; a
 * {@code >} at the start of a line is therefore reported at once as {@link AtEvent.Prompt}, with the one space after
 * it swallowed (some modems omit the space).
 *
 * <p>Bounded: a line longer than {@code maxLineLength} is dropped up to its terminator and reported as
 * {@link AtEvent.Overlong}; the decoder holds at most {@code maxLineLength} bytes. It never throws for any bytes. Not
 * thread-safe: one reader feeds it.
 */
public final class AtLineDecoder {

    /** Enough for any response this module reads; a {@code +CMGL} listing of a 140-octet PDU is shorter. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 512;

    private enum State { LINE_START, IN_LINE, DISCARDING, AFTER_PROMPT }

    private final int maxLineLength;
    private final byte[] line;
    private int length;
    private long discarded;
    private State state = State.LINE_START;

    public AtLineDecoder() {
        this(DEFAULT_MAX_LINE_LENGTH);
    }

    /** @param maxLineLength the longest line kept, in bytes, at least 1 */
    public AtLineDecoder(int maxLineLength) {
        if (maxLineLength < 1) {
            throw new IllegalArgumentException("maximum line length must be at least 1, not " + maxLineLength);
        }
        this.maxLineLength = maxLineLength;
        this.line = new byte[maxLineLength];
    }

    /** Feeds all of {@code bytes}. */
    public void feed(byte[] bytes, Consumer<? super AtEvent> events) {
        feed(bytes, 0, bytes.length, events);
    }

    /** Feeds {@code length} bytes from {@code offset}; keeps no reference to the array. */
    public void feed(byte[] bytes, int offset, int length, Consumer<? super AtEvent> events) {
        for (int i = offset; i < offset + length; i++) {
            accept(bytes[i], events);
        }
    }

    private void accept(byte b, Consumer<? super AtEvent> events) {
        boolean end = b == '\r' || b == '\n';
        switch (state) {
            case AFTER_PROMPT -> {
                state = State.LINE_START;
                if (b != ' ') {
                    accept(b, events);
                }
            }
            case LINE_START -> {
                if (b == '>') {
                    events.accept(new AtEvent.Prompt());
                    state = State.AFTER_PROMPT;
                } else if (!end) {
                    state = State.IN_LINE;
                    append(b);
                }
            }
            case IN_LINE -> {
                if (end) {
                    events.accept(new AtEvent.Line(text()));
                    length = 0;
                    state = State.LINE_START;
                } else if (length == maxLineLength) {
                    discarded = length + 1L;
                    length = 0;
                    state = State.DISCARDING;
                } else {
                    append(b);
                }
            }
            case DISCARDING -> {
                if (end) {
                    events.accept(new AtEvent.Overlong(discarded));
                    discarded = 0;
                    state = State.LINE_START;
                } else {
                    discarded++;
                }
            }
        }
    }

    private void append(byte b) {
        line[length++] = b;
    }

    private String text() {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = (char) (line[i] & 0xFF);
        }
        return new String(chars);
    }

    /** @return bytes of an unfinished line held until its terminator arrives (0 while discarding) */
    public int bufferedBytes() {
        return length;
    }

    /** @return the longest line this decoder keeps */
    public int maxLineLength() {
        return maxLineLength;
    }

    /** Forgets an unfinished line, e.g. after the port was reopened. */
    public void reset() {
        length = 0;
        discarded = 0;
        state = State.LINE_START;
    }
}
