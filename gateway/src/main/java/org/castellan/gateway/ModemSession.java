package org.castellan.gateway;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.EventExecutor;
import java.net.SocketAddress;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.castellan.irz.command.CommandAnswer;
import org.castellan.irz.command.CommandRequest;
import org.castellan.irz.command.CommandSession;
import org.castellan.irz.colprot.ColprotEncoder;
import org.castellan.irz.ident.Framing;
import org.castellan.irz.ident.ModemIdentity;

/**
 * One modem on one channel: its identity, its current connection (the newest wins), its poller port and how its
 * pollers share it.
 *
 * <p><b>Lifecycle:</b> made by {@link ModemSessions} when the modem first identifies, or at start, offline and
 * without an identity, for a modem the {@link ModemDirectory} knows; lives as long as the listener, going online and
 * offline with its connections; its poller port stays bound meanwhile.
 * <p><b>Threading:</b> thread-safe; state changes are guarded by the session's monitor (the modem connection and its
 * pollers may run on different event loops). Relay timers run on one event loop chosen when the session is made.
 */
public final class ModemSession {

    private final SessionKey key;
    private final GatewaySettings settings;
    private final GatewayCounters counters;
    private final EventExecutor timers;
    private final ModemCommands commands = new ModemCommands(this);
    private final AtomicBoolean portRequested = new AtomicBoolean();
    private volatile Relay relay;
    private volatile int pollerPort;
    private ModemIdentity identity;
    private Framing framing;
    private Channel modem;
    private ConnectionMeter meter;
    private Channel commandChannel;
    private CommandSession commandSession;

    ModemSession(SessionKey key, SharingPolicy policy, EventExecutor timers, GatewaySettings settings,
                 GatewayCounters counters) {
        this.key = key;
        this.settings = settings;
        this.counters = counters;
        this.timers = timers;
        this.relay = Relay.create(policy, this, timers, settings, counters);
    }

    /** @return what the session is keyed by */
    public SessionKey key() {
        return key;
    }

    /** @return the identity sent on the newest connection; empty for a known modem that has not connected yet */
    public synchronized Optional<ModemIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    /** @return whether the session has an open connection */
    public synchronized boolean online() {
        return modem != null && modem.isActive();
    }

    /** @return the remote address of the current connection, if online */
    public synchronized Optional<SocketAddress> remote() {
        return online() ? Optional.ofNullable(modem.remoteAddress()) : Optional.empty();
    }

    /** @return when the gateway accepted the current connection, if online */
    public synchronized Optional<Instant> connectedAt() {
        return online() ? Optional.of(meter.connectedAt()) : Optional.empty();
    }

    /** @return bytes read from the current connection so far (wire bytes, see {@link ConnectionSummary}); 0 offline */
    public synchronized long bytesFromModem() {
        return online() ? meter.fromModem() : 0;
    }

    /** @return bytes written to the current connection so far (wire bytes); 0 offline */
    public synchronized long bytesToModem() {
        return online() ? meter.toModem() : 0;
    }

    /**
     * @return the poller port; 0 while it is being bound, before the modem first connects (poller ports
     *     {@link PollerPortMode#ON_FIRST_CONNECT}), or never ({@link PollerPortMode#OFF}, or it could not be bound)
     */
    public int pollerPort() {
        return pollerPort;
    }

    /** @return pollers attached now: TCP pollers on either poller port and open {@link ModemChannel}s */
    public int pollerCount() {
        return relay.parties();
    }

    /** @return how the pollers share the modem now */
    public SharingPolicy sharing() {
        return relay.policy();
    }

    /**
     * Changes how the pollers share the modem. The pollers attached now are disconnected — TCP pollers closed, open
     * channels closed ({@link ChannelClosedException}) — and requests they had waiting are dropped; pollers that
     * connect afterwards share under {@code policy}. Nothing happens when the policy is the current one.
     */
    public void sharing(SharingPolicy policy) {
        Relay old;
        synchronized (this) {
            if (relay.policy() == policy) {
                return;
            }
            old = relay;
            relay = Relay.create(policy, this, timers, settings, counters);
        }
        for (Relay.Party party : old.close()) {
            party.disconnect();
        }
    }

    /**
     * Opens an in-process channel to the meter, a poller under the session's sharing policy; see {@link ModemChannel}.
     *
     * @throws ModemOfflineException when the session has no open connection now
     * @throws ModemBusyException    when the modem is {@link SharingPolicy#EXCLUSIVE exclusive}, held by another
     *                               poller, and the gateway refuses others ({@link ExclusiveMode#REFUSE})
     */
    public ModemChannel openChannel() throws ModemOfflineException, ModemBusyException {
        if (!online()) {
            throw new ModemOfflineException(key);
        }
        Relay current = relay;
        InProcessChannel channel = new InProcessChannel(this, current, settings.pollerBacklog());
        if (!current.attach(channel)) {
            throw new ModemBusyException(key);
        }
        return channel;
    }

    /** @return the session's 0x0C commands (COLPROT modems only) */
    public ModemCommands commands() {
        return commands;
    }

    /** The command session of connection {@code channel}, if it is the current one; called on its event loop. */
    synchronized void commandsStarted(Channel channel, CommandSession session) {
        if (modem == channel) {
            commandChannel = channel;
            commandSession = session;
        }
    }

    /** Connection {@code channel} ended; its command session (already closed) is forgotten. */
    synchronized void commandsEnded(Channel channel) {
        if (commandChannel == channel) {
            commandChannel = null;
            commandSession = null;
        }
    }

    CompletableFuture<CommandAnswer> submitCommand(CommandRequest request) {
        Channel channel;
        CommandSession target;
        synchronized (this) {
            if (!online()) {
                return CompletableFuture.failedFuture(new ModemOfflineException(key));
            }
            if (!(framing instanceof Framing.Colprot) || modem != commandChannel || commandSession == null) {
                return CompletableFuture.failedFuture(new NoCommandChannelException(key));
            }
            channel = commandChannel;
            target = commandSession;
        }
        CompletableFuture<CommandAnswer> result = new CompletableFuture<>();
        try {
            // the command session is confined to its connection's event loop
            channel.eventLoop().execute(() -> target.submit(request).whenComplete((answer, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(answer);
                }
            }));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new ModemOfflineException(key));
        }
        return result;
    }

    /** @return the event loop of the current connection, or null offline */
    synchronized EventLoop modemLoop() {
        return modem != null ? modem.eventLoop() : null;
    }

    /** @return the relay pollers attach to now */
    Relay relay() {
        return relay;
    }

    /** @return true the first time only: the caller opens the poller port */
    boolean requestPort() {
        return portRequested.compareAndSet(false, true);
    }

    void pollerPort(int port) {
        this.pollerPort = port;
    }

    /**
     * Makes {@code channel} the current connection. An open previous connection is marked replaced (its end is then
     * reported as {@link OfflineReason#REPLACED}); the caller closes it.
     *
     * @return the previous connection if it is still open, else null
     */
    synchronized Channel connect(ModemIdentity newIdentity, Framing newFraming, Channel channel,
                                 ConnectionMeter newMeter) {
        Channel previous = modem != null && modem != channel && modem.isActive() ? modem : null;
        if (previous != null) {
            meter.markReplaced();
        }
        identity = newIdentity;
        framing = newFraming;
        modem = channel;
        meter = newMeter;
        return previous;
    }

    /**
     * Connection {@code channel} ended.
     *
     * @return whether it was the current one (the session is offline now)
     */
    synchronized boolean disconnected(Channel channel) {
        if (modem != channel) {
            return false;
        }
        modem = null;
        meter = null;
        framing = null;
        return true;
    }

    /** @return whether {@code channel} is the session's current connection */
    synchronized boolean isCurrent(Channel channel) {
        return modem == channel;
    }

    /** Meter bytes from the current connection (type 0x01 payloads or the filtered raw stream). */
    void fromModem(Channel channel, byte[] data) {
        if (isCurrent(channel)) {
            relay.fromModem(data);
        }
    }

    /** Sends poller bytes to the meter: in type 0x01 frames for COLPROT modems, as they are in raw mode. */
    synchronized void toModem(byte[] data) {
        if (modem == null || !modem.isActive() || !modem.isWritable()) {
            // a modem that cannot keep up loses the request rather than the gateway queueing without bound
            counters.countDroppedToModems(data.length);
            return;
        }
        Channel target = modem;
        if (framing instanceof Framing.Colprot) {
            ColprotEncoder.encodeMeterData(data, 0, data.length, settings.maxPayload(),
                    frame -> target.write(Unpooled.wrappedBuffer(frame)));
        } else {
            target.write(Unpooled.wrappedBuffer(data));
        }
        target.flush();
    }

    @Override
    public String toString() {
        return "ModemSession[" + key + ", port " + pollerPort + ", " + relay.policy().metricName() + "]";
    }
}
