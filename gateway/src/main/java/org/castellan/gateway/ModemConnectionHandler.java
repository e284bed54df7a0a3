package org.castellan.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.castellan.irz.colprot.ColprotDecoder;
import org.castellan.irz.colprot.ColprotEvent;
import org.castellan.irz.colprot.ColprotFrame;
import org.castellan.irz.colprot.FrameType;
import org.castellan.irz.command.CommandSession;
import org.castellan.irz.command.SessionTimer;
import org.castellan.irz.ident.Framing;
import org.castellan.irz.ident.IdentificationResult;
import org.castellan.irz.ident.ModemIdentity;
import org.castellan.irz.raw.BytePattern;
import org.castellan.irz.raw.RawSink;
import org.castellan.irz.raw.RawStreamFilter;

/**
 * An identified modem connection: decodes COLPROT frames or filters the raw stream, hands meter bytes to the session,
 * and watches for silence (irz-modem.md §4: anything from the modem, keep-alives included, proves it alive).
 *
 * <p>COLPROT connections get one irz {@link CommandSession} (0x0C frames, {@link GatewaySettings#commandOptions()},
 * timers on this event loop), registered with
 * the session for {@link ModemCommands} and closed when the connection ends; its GPI events go to the
 * {@link SessionListener}. Other frame types and decoder problems are ignored, never fatal. Confined to the
 * connection's event loop.
 */
final class ModemConnectionHandler extends ChannelInboundHandlerAdapter {

    /** Admits identified connections and makes their handlers. */
    interface Factory {
        /** @return whether the modem may stay ({@link ModemDirectory#admit}) */
        boolean admit(ModemIdentity identity);

        /** Makes the handler for an admitted connection (and attaches its session). */
        ModemConnectionHandler create(IdentificationResult.Identified identified, Channel channel);
    }

    private static final Logger LOG = System.getLogger(ModemConnectionHandler.class.getName());

    private final ModemSessions sessions;
    private final ModemSession session;
    private final Channel channel;
    private final ConnectionMeter meter;
    private final Clock clock;
    private final Duration silence;
    private final Duration rawFlushIdle;
    private final Duration statusRefresh;
    private final ColprotDecoder colprot;
    private final RawStreamFilter raw;
    private final CommandSession commands;
    private ScheduledFuture<?> silenceTimer;
    private ScheduledFuture<?> flushTimer;
    private ScheduledFuture<?> refreshTimer;
    private boolean refreshing;
    private OfflineReason reason = OfflineReason.CLOSED;

    ModemConnectionHandler(ModemSessions sessions, ModemSession session, Channel channel, ConnectionMeter meter,
                           Framing framing, GatewaySettings settings) {
        this.sessions = sessions;
        this.session = session;
        this.channel = channel;
        this.meter = meter;
        this.clock = settings.clock();
        this.silence = settings.silence();
        this.rawFlushIdle = settings.rawFlushIdle();
        this.statusRefresh = settings.statusRefresh();
        switch (framing) {
            case Framing.Colprot c -> {
                this.colprot = new ColprotDecoder(settings.maxPayload());
                this.raw = null;
                this.commands = new CommandSession(settings.commandOptions(),
                        frame -> channel.writeAndFlush(Unpooled.wrappedBuffer(frame)),
                        SessionTimer.of(channel.eventLoop(), clock),
                        event -> sessions.commandEvent(session, event));
                session.commandsStarted(channel, commands);
            }
            case Framing.Raw r -> {
                this.colprot = null;
                this.commands = null;
                this.raw = new RawStreamFilter(r.strip(), new RawSink() {
                    @Override
                    public void data(byte[] bytes, int off, int len) {
                        session.fromModem(channel, Arrays.copyOfRange(bytes, off, off + len));
                    }

                    @Override
                    public void patternRemoved(BytePattern pattern) {
                        // a keep-alive: it only proves the modem alive, which any read already did
                    }
                });
            }
        }
    }

    /** Starts the silence timer and feeds the bytes that came with the identification. */
    void start(byte[] leftover) {
        armSilence();
        if (commands != null && statusRefresh.isPositive()) {
            long nanos = statusRefresh.toNanos();
            refreshTimer = channel.eventLoop().scheduleAtFixedRate(this::refreshStatus, nanos, nanos,
                    TimeUnit.NANOSECONDS);
        }
        if (leftover.length > 0) {
            feed(leftover, 0, leftover.length);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        try {
            armSilence();
            byte[] bytes = new byte[buf.readableBytes()];
            buf.readBytes(bytes);
            feed(bytes, 0, bytes.length);
        } finally {
            buf.release();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancel(silenceTimer);
        cancel(flushTimer);
        cancel(refreshTimer);
        if (raw != null) {
            raw.flush();
        }
        if (commands != null) {
            commands.close();
            session.commandsEnded(channel);
        }
        sessions.detach(session, channel, meter, reason);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(Level.DEBUG, "modem {0}: {1}", session.key(), cause.toString());
        reason = OfflineReason.ERROR;
        ctx.close();
    }

    private void feed(byte[] bytes, int off, int len) {
        if (colprot != null) {
            colprot.feed(bytes, off, len, this::onColprot);
            return;
        }
        raw.feed(bytes, off, len);
        cancel(flushTimer);
        if (raw.heldBack() > 0) {
            // held-back bytes might start a keep-alive; if nothing follows soon they were meter data
            flushTimer = channel.eventLoop().schedule(raw::flush, rawFlushIdle.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void onColprot(ColprotEvent event) {
        if (event instanceof ColprotFrame frame) {
            if (frame.type() == FrameType.METER_DATA) {
                session.fromModem(channel, frame.payload());
            } else if (frame.type() == FrameType.COMMAND) {
                commands.onFrame(frame);
            }
        }
    }

    /** Asks for signal, temperature and GPIO state, one after the other; skipped while the previous round runs. */
    private void refreshStatus() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        ModemCommands ask = session.commands();
        ask.signal().thenCompose(signal -> ask.temperature().thenCompose(celsius -> ask.gpio().thenApply(
                pins -> new StatusReport(signal, celsius, pins, clock.instant()))))
                .whenComplete((report, error) -> {
                    refreshing = false; // on the event loop: the futures complete there
                    if (report != null) {
                        sessions.statusReport(session, report);
                    } else {
                        LOG.log(Level.DEBUG, "modem {0}: status refresh failed: {1}", session.key(),
                                error.toString());
                    }
                });
    }

    private void armSilence() {
        cancel(silenceTimer);
        silenceTimer = channel.eventLoop().schedule(() -> {
            reason = OfflineReason.SILENCE;
            channel.close();
        }, silence.toNanos(), TimeUnit.NANOSECONDS);
    }

    private static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
