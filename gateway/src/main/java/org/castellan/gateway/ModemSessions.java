package org.castellan.gateway;

import io.netty.channel.Channel;
import io.netty.util.concurrent.EventExecutor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.castellan.irz.command.CommandEvent;
import org.castellan.irz.ident.Framing;
import org.castellan.irz.ident.ModemIdentity;

/**
 * The sessions of one listener — one table for all its modem ports — keyed by (IMEI, channel). The newest connection
 * wins (irz-modem.md §7): when a modem identifies while its session still has an open connection, the old one is
 * closed and the session keeps its key, poller port and pollers. Sessions are never removed while the listener runs.
 *
 * <p><b>Threading:</b> thread-safe; called from the connections' event loops.
 */
public final class ModemSessions {

    private static final System.Logger LOG = System.getLogger(ModemSessions.class.getName());

    private final ConcurrentMap<SessionKey, ModemSession> sessions = new ConcurrentHashMap<>();
    private final GatewaySettings settings;
    private final GatewayCounters counters;
    private final SessionListener listener;
    private final ModemDirectory directory;
    private final PollerPorts pollerPorts;
    private final Supplier<EventExecutor> timers;
    private volatile boolean shuttingDown;

    ModemSessions(GatewaySettings settings, GatewayCounters counters, SessionListener listener,
                  ModemDirectory directory, PollerPorts pollerPorts, Supplier<EventExecutor> timers) {
        this.settings = settings;
        this.counters = counters;
        this.listener = listener;
        this.directory = directory;
        this.pollerPorts = pollerPorts;
        this.timers = timers;
    }

    /** @return the session for {@code key}, online or not */
    public Optional<ModemSession> find(SessionKey key) {
        return Optional.ofNullable(sessions.get(key));
    }

    /** @return every session known, online or not */
    public Collection<ModemSession> all() {
        return List.copyOf(sessions.values());
    }

    /**
     * Makes an offline session for each modem known before it connects; with {@link PollerPortMode#ON_START} opens
     * its poller port.
     *
     * @return the port binds started, each completing with the port or 0
     */
    List<CompletableFuture<Integer>> preload(Collection<SessionKey> keys) {
        List<CompletableFuture<Integer>> binds = new ArrayList<>();
        for (SessionKey key : keys) {
            ModemSession session = sessions.computeIfAbsent(key, this::newSession);
            if (settings.pollerPorts() == PollerPortMode.ON_START && session.requestPort()) {
                binds.add(pollerPorts.open(session));
            }
        }
        return binds;
    }

    /** An identified, admitted connection: makes or takes over its session. */
    ModemSession attach(ModemIdentity identity, Framing framing, Channel channel, ConnectionMeter meter) {
        ModemSession session = sessions.computeIfAbsent(SessionKey.of(identity), this::newSession);
        Channel previous = session.connect(identity, framing, channel, meter);
        if (settings.pollerPorts() != PollerPortMode.OFF && session.requestPort()) {
            pollerPorts.open(session);
        }
        if (previous != null) {
            listener.replaced(session, previous.remoteAddress());
            previous.close();
        } else {
            listener.identified(session);
        }
        return session;
    }

    /**
     * A connection ended: its summary goes to the listener; if it was the session's current connection the session
     * is offline.
     */
    void detach(ModemSession session, Channel channel, ConnectionMeter meter, OfflineReason reason) {
        OfflineReason why = meter.replaced() ? OfflineReason.REPLACED
                : shuttingDown ? OfflineReason.SHUTDOWN : reason;
        boolean wasCurrent = session.disconnected(channel);
        listener.connectionEnded(session, meter.summary(settings.clock().instant(), why));
        if (wasCurrent) {
            listener.offline(session, why);
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

    private ModemSession newSession(SessionKey key) {
        return new ModemSession(key, directory.policy(key), timers.get(), settings, counters);
    }
}
