package org.castellan.gateway;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import java.net.SocketAddress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.castellan.irz.command.CommandAnswer;
import org.castellan.irz.command.CommandRequest;
import org.castellan.irz.command.CommandSession;
import org.castellan.irz.colprot.ColprotEncoder;
import org.castellan.irz.ident.Framing;
import org.castellan.irz.ident.ModemIdentity;

/**
 * One modem on one channel: its identity, its current connection (the newest wins) and its poller port.
 *
 * <p><b>Lifecycle:</b> made by {@link ModemSessions} on the first identification; lives as long as the listener, going
 * online and offline with its connections; the poller port stays bound meanwhile.
 * <p><b>Threading:</b> thread-safe; state changes are guarded by the session's monitor (the modem connection and its
 * pollers may run on different event loops).
 */
public final class ModemSession {

    private final SessionKey key;
    private final TurnRelay relay;
    private final GatewayCounters counters;
    private final int maxPayload;
    private final int channelBuffer;
    private ModemIdentity identity;
    private Framing framing;
    private Channel modem;
    private volatile int pollerPort;
    private final ModemCommands commands = new ModemCommands(this);
    private Channel commandChannel;
    private CommandSession commandSession;

    ModemSession(ModemIdentity identity, Framing framing, Channel modem, GatewaySettings settings,
                 GatewayCounters counters) {
        this.key = SessionKey.of(identity);
        this.identity = identity;
        this.framing = framing;
        this.modem = modem;
        this.counters = counters;
        this.maxPayload = settings.maxPayload();
        this.channelBuffer = settings.pollerBacklog();
        this.relay = new TurnRelay(this, modem.eventLoop(), settings, counters);
    }

    /** @return what the session is keyed by */
    public SessionKey key() {
        return key;
    }

    /** @return the identity sent on the newest connection */
    public synchronized ModemIdentity identity() {
        return identity;
    }

    /** @return whether the session has an open connection */
    public synchronized boolean online() {
        return modem != null && modem.isActive();
    }

    /** @return the remote address of the current connection, if online */
    public synchronized Optional<SocketAddress> remote() {
        return online() ? Optional.ofNullable(modem.remoteAddress()) : Optional.empty();
    }

    /** @return the poller port, or 0 while it is being bound */
    public int pollerPort() {
        return pollerPort;
    }

    void pollerPort(int port) {
        this.pollerPort = port;
    }

    /**
     * Opens an in-process channel to the meter, taking turns with the TCP pollers; see {@link ModemChannel}.
     *
     * @throws ModemOfflineException when the session has no open connection now
     */
    public ModemChannel openChannel() throws ModemOfflineException {
        if (!online()) {
            throw new ModemOfflineException(key);
        }
        return new InProcessChannel(this, channelBuffer);
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

    TurnRelay relay() {
        return relay;
    }

    /** Makes {@code channel} the current connection; @return the previous one if it differs, else null. */
    synchronized Channel replaceConnection(ModemIdentity newIdentity, Framing newFraming, Channel channel) {
        Channel previous = modem;
        identity = newIdentity;
        framing = newFraming;
        modem = channel;
        return previous == channel ? null : previous;
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
            ColprotEncoder.encodeMeterData(data, 0, data.length, maxPayload,
                    frame -> target.write(Unpooled.wrappedBuffer(frame)));
        } else {
            target.write(Unpooled.wrappedBuffer(data));
        }
        target.flush();
    }

    @Override
    public String toString() {
        return "ModemSession[" + key + ", port " + pollerPort + "]";
    }
}
