package org.castellan.tem106.link;

import java.io.IOException;
import java.time.Duration;

/**
 * A byte pipe to one meter (or, on the emulator's side, to one master): a TCP connection, a serial port, a modem
 * session, an in-memory pair.
 *
 * <p><b>Lifecycle:</b> a link is open when it is made and stays usable until {@link #close()} or until the other
 * side goes away, after which every call throws {@link IOException}. <b>Threading:</b> one thread sends and
 * receives; {@link #close()} may be called from any thread and makes a blocked {@link #receive(Duration)} return
 * promptly (with an {@link IOException}). Implementations must never block longer than the timeout given.
 */
public interface Link extends AutoCloseable {
    /**
     * Sends all of {@code bytes}.
     *
     * @throws IOException when the link is closed or broken
     */
    void send(byte[] bytes) throws IOException;

    /**
     * Waits at most {@code timeout} for bytes and returns those that have arrived — at least one — or an empty array
     * when none came in time. A zero timeout only collects what is already there.
     *
     * @throws IOException when the link is closed or broken (not on a mere timeout)
     */
    byte[] receive(Duration timeout) throws IOException;

    /** Closes the link; idempotent. */
    @Override
    void close() throws IOException;
}
