package org.castellan.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the first line a poller sends on the shared poller port: the name of the modem it wants, as {@code IMEI},
 * {@code IMEI:channel} or a device name, ended by {@code \n} (a {@code \r} before it is stripped), at most
 * {@link #MAX_LINE} bytes before the {@code \n}. Bytes after the {@code \n} are the poller's first request, handed back
 * untouched. Push-based and free of I/O, so it is fed whatever each read delivered, split anywhere.
 *
 * <p><b>Threading:</b> not thread-safe; one per connection, on its event loop. Keeps no reference to fed arrays.
 */
final class NameLineDecoder {

    /** The most bytes of a name line before its {@code \n} ({@code \r} included): 21–64 characters of UTF-8. */
    static final int MAX_LINE = 64;

    /** Where the decoder stands: still reading, or decided (a line or too long) and taking no more bytes. */
    enum State { READING, DONE }

    /** What the bytes fed so far amount to. */
    sealed interface Result {
    }

    /** No {@code \n} yet, and fewer than {@link #MAX_LINE} bytes. */
    record NeedMore() implements Result {
    }

    /**
     * A complete line.
     *
     * @param name the line without {@code \n} and trailing {@code \r}, decoded as UTF-8 (malformed bytes replaced)
     * @param rest the bytes after the {@code \n} in the same feed: the poller's first request, maybe empty
     */
    record Line(String name, byte[] rest) implements Result {
    }

    /** {@link #MAX_LINE} bytes without a {@code \n}. */
    record TooLong() implements Result {
    }

    private final byte[] line = new byte[MAX_LINE];
    private int length;
    private State state = State.READING;

    /** @return where the decoder stands */
    State state() {
        return state;
    }

    /**
     * Feeds bytes that arrived.
     *
     * @throws IllegalStateException if the decoder already decided
     */
    Result feed(byte[] src, int off, int len) {
        if (state == State.DONE) {
            throw new IllegalStateException("name line: expected no more bytes after the decision, found " + len);
        }
        for (int i = 0; i < len; i++) {
            byte b = src[off + i];
            if (b == '\n') {
                state = State.DONE;
                return new Line(name(), Arrays.copyOfRange(src, off + i + 1, off + len));
            }
            if (length == MAX_LINE) {
                state = State.DONE;
                return new TooLong();
            }
            line[length++] = b;
        }
        return new NeedMore();
    }

    private String name() {
        int end = length;
        while (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        return new String(line, 0, end, StandardCharsets.UTF_8);
    }
}
