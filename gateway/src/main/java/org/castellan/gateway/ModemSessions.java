package org.castellan.gateway;

import io.netty.channel.Channel;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.castellan.irz.command.CommandEvent;
import org.castellan.irz.ident.Framing;
import org.castellan.irz.ident.ModemIdentity;

/**
 * The sessions of one listener, keyed by (IMEI, channel). The newest connection wins (irz-modem.md §7): when a modem
 * identifies while its session still has an open connection, the old one is closed and the session keeps its
 * identity key and poller port.
 *
 * <p><b>Threading:</b> thread-safe; called from the connections' event loops.
 */
public final class ModemSessions {

    private static final System.Logger LOG = System.getLogger(ModemSessions.class.getName());

    private final ConcurrentMap<SessionKey, ModemSession> sessions = new ConcurrentHashMap<>();
    private final GatewaySettings settings;
    private final GatewayCounters counters;
    private final SessionListener listener;
    private final PollerPorts pollerPorts;
    private volatile boolean shuttingDown;

    ModemSessions(GatewaySettings settings, GatewayCounters counters, SessionListener listener,
                  PollerPorts pollerPorts) {
        this.settings = settings;
        this.counters = counters;
        this.listener = listener;
        this.pollerPorts = pollerPorts;
    }

    /** @return the session for {@code key}, online or not */
    public Optional<ModemSession> find(SessionKey key) {
        return Optional.ofNullable(sessions.get(key));
    }

    /** @return every session known, online or not */
    public Collection<ModemSession> all() {
        return List.copyOf(sessions.values());
    }

    /** An identified connection: makes or takes over its session. */
    ModemSession attach(ModemIdentity identity, Framing framing, Channel channel) {
        SessionKey key = SessionKey.of(identity);
        boolean[] created = {false};
        ModemSession session = sessions.computeIfAbsent(key, k -> {
            created[0] = true;
            return new ModemSession(identity, framing, channel, settings, counters);
        });
        if (created[0]) {
            pollerPorts.open(session);
            listener.identified(session);
            return session;
        }
        Channel previous = session.replaceConnection(identity, framing, channel);
        if (previous != null && previous.isActive()) {
            listener.replaced(session, previous.remoteAddress());
            previous.close();
        } else {
            listener.identified(session);
        }
        return session;
    }

    /** A connection ended; only the session's current connection takes the session offline. */
    void detach(ModemSession session, Channel channel, OfflineReason reason) {
        if (session.isCurrent(channel)) {
            listener.offline(session, shuttingDown ? OfflineReason.SHUTDOWN : reason);
        }
    }

    /** Something a session's command session reported: GPI events go to the listener, the rest is logged. */
    void commandEvent(ModemSession session, CommandEvent event) {
        if (event instanceof CommandEvent.GpiChanged gpi) {
            listener.gpi(session, gpi);
        } else {
            LOG.log(System.Logger.Level.DEBUG, "modem {0}: {1}", session.key(), event);
        }
    }

    /** The status refresh of {@code session} got a report. */
    void statusReport(ModemSession session, StatusReport report) {
        listener.status(session, report);
    }

    /** From now on connections end because the listener closes them. */
    void shutdown() {
        shuttingDown = true;
    }
}
