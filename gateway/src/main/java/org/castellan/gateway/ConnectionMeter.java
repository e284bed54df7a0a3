package org.castellan.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import java.net.SocketAddress;
import java.time.Instant;

/**
 * The first handler of every modem connection: counts the bytes read and written (for {@link ConnectionSummary})
 * and remembers when the connection began and whether a newer one replaced it.
 *
 * <p><b>Threading:</b> the counts are plain {@code volatile long}s written only on the connection's event loop (Netty
 * runs every handler method there, writes from other threads included), so reading them from any thread is safe and
 * counting costs no atomic operation.
 */
final class ConnectionMeter extends ChannelDuplexHandler {

    private final SocketAddress remote;
    private final Instant connectedAt;
    private volatile long fromModem;
    private volatile long toModem;
    private volatile boolean replaced;

    ConnectionMeter(SocketAddress remote, Instant connectedAt) {
        this.remote = remote;
        this.connectedAt = connectedAt;
    }

    @Override
    @SuppressWarnings("NonAtomicOperationOnVolatileField") // one writer: the event loop
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf buf) {
            fromModem += buf.readableBytes();
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    @SuppressWarnings("NonAtomicOperationOnVolatileField") // one writer: the event loop
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof ByteBuf buf) {
            toModem += buf.readableBytes();
        }
        ctx.write(msg, promise);
    }

    /** @return when the gateway accepted the connection */
    Instant connectedAt() {
        return connectedAt;
    }

    /** @return bytes read from the modem so far */
    long fromModem() {
        return fromModem;
    }

    /** @return bytes written to the modem so far */
    long toModem() {
        return toModem;
    }

    /** A newer connection of the same session took over; its end is reported as {@link OfflineReason#REPLACED}. */
    void markReplaced() {
        replaced = true;
    }

    /** @return whether a newer connection took over */
    boolean replaced() {
        return replaced;
    }

    /** @return the connection's summary, ended at {@code endedAt} for {@code reason} */
    ConnectionSummary summary(Instant endedAt, OfflineReason reason) {
        Instant end = endedAt.isBefore(connectedAt) ? connectedAt : endedAt; // a clock set back meanwhile
        return new ConnectionSummary(remote, connectedAt, end, fromModem, toModem, reason);
    }
}
