package org.castellan.gateway;

import java.util.OptionalInt;

/**
 * Where each modem's poller port is kept, so it stays the same across reconnects (and, once the platform persists it,
 * across restarts).
 *
 * <p><b>Threading:</b> called from Netty event-loop threads; implementations must be thread-safe and fast.
 */
public interface PortAssignments {

    /** @return the port assigned to the session, if any */
    OptionalInt find(SessionKey key);

    /**
     * @return the port to try for a session that has none yet; 0 asks the operating system for a free one, and the
     *     port it picks is then {@link #record}ed
     */
    int propose(SessionKey key);

    /** Remembers the port the session's poller server is bound to. */
    void record(SessionKey key, int port);
}
