package org.castellan.gsm.port;

import java.io.IOException;
import java.time.Duration;

/**
 * The byte pipe to an AT modem: a serial port, a TCP connection to a serial server (ser2net), an in-memory pair.
 * Knows nothing of lines, commands or timeouts between them; that is the session's ({@code GsmModem}).
 *
 * <p><b>Lifecycle:</b> open when made, until {@link #close()} or until the other side goes away, after which every
 * call throws {@link IOException}. <b>Threading:</b> one thread writes and reads; {@link #close()} may be called from
 * any thread and makes a blocked {@link #read} return promptly with an {@link IOException}. No call blocks longer than
 * its timeout (plus the time to move the bytes).
 */
public interface AtPort extends AutoCloseable {

    /**
     * Writes all of {@code bytes}.
     *
     * @throws IOException when the port is closed or broken
     */
    void write(byte[] bytes) throws IOException;

    /**
     * Waits at most {@code timeout} for bytes and returns those that have arrived, at least one, or an empty array
     * when none came in time. A zero timeout only collects what is already there.
     *
     * @throws IOException when the port is closed or broken (not on a mere timeout)
     */
    byte[] read(Duration timeout) throws IOException;

    /** Closes the port; idempotent. */
    @Override
    void close() throws IOException;
}
