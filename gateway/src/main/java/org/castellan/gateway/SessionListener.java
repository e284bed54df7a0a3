package org.castellan.gateway;

import java.net.SocketAddress;
import org.castellan.irz.command.CommandEvent;

/**
 * What happens to modem sessions, so the platform can record it (device online state, event journal).
 *
 * <p><b>Threading:</b> called on Netty event-loop threads, possibly several at once for different sessions; must be
 * fast and must not block (hand the event to a queue). Exceptions it throws are not caught by the gateway's callers'
 * expectations, so do not throw.
 */
public interface SessionListener {

    /** A modem identified and its session is online (new, or back after being offline). */
    default void identified(ModemSession session) {
    }

    /**
     * A newer connection of the same (IMEI, channel) replaced an open one (irz-modem.md §7: a rebooted modem reconnects
     * before the server notices); the old connection is being closed, the session keeps its identity and poller port.
     *
     * @param previous the remote address of the replaced connection
     */
    default void replaced(ModemSession session, SocketAddress previous) {
    }

    /** The session's connection ended; the session keeps its poller port and comes back on the next identification. */
    default void offline(ModemSession session, OfflineReason reason) {
    }

    /**
     * A modem connection of the session ended, for the session history: called once for every connection that was
     * identified and admitted, also for one a newer connection replaced ({@link OfflineReason#REPLACED}, while the
     * session stays online). When the ended connection was the current one, {@link #offline} follows with the same
     * reason.
     */
    default void connectionEnded(ModemSession session, ConnectionSummary summary) {
    }

    /**
     * A GPI event (irz-modem.md §5): a COLPROT modem reported its GPIO state unasked because an input changed, or a
     * GPIO answer showed inputs different from the last known state.
     */
    default void gpi(ModemSession session, CommandEvent.GpiChanged event) {
    }

    /** The periodic status refresh ({@link GatewaySettings#statusRefresh()}) got the modem's status. */
    default void status(ModemSession session, StatusReport report) {
    }

    /** @return a listener that ignores everything */
    static SessionListener none() {
        return new SessionListener() { };
    }
}
