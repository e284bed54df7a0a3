package org.castellan.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.castellan.irz.ident.IdentificationAttempt;
import org.castellan.irz.ident.IdentificationChain;
import org.castellan.irz.ident.IdentificationResult;
import org.castellan.irz.ident.LengthPrefixedImeiRecogniser;
import org.castellan.irz.ident.RejectReason;

/**
 * The handler of every modem connection until it is identified: drives the port's {@link IdentificationChain}
 * (architecture.md, "How a gateway drives it"), asks the directory whether the modem may stay, and then replaces
 * itself with a {@link ModemConnectionHandler}.
 *
 * <p>Rejected or timed-out connections get the chain's reply, are closed and counted by reason. An identified modem
 * the directory refuses ({@link ModemDirectory#admit}) is not greeted; it gets the length-prefixed form's reject byte
 * if it identified that way (irz-modem.md §6: {@code 01} accept / {@code 00} reject), is closed and counted as
 * {@link RejectReason#NOT_ADMITTED}. Confined to the connection's event loop.
 */
final class IdentifyingHandler extends ChannelInboundHandlerAdapter {

    private final IdentificationChain chain;
    private final GatewayCounters counters;
    private final ModemConnectionHandler.Factory next;
    private IdentificationAttempt attempt;
    private ScheduledFuture<?> deadline;

    IdentifyingHandler(IdentificationChain chain, GatewayCounters counters,
                       ModemConnectionHandler.Factory next) {
        this.chain = chain;
        this.counters = counters;
        this.next = next;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        attempt = chain.begin((InetSocketAddress) ctx.channel().remoteAddress());
        Duration wait = Duration.between(chain.clock().instant(), attempt.deadline());
        deadline = ctx.executor().schedule(() -> decide(ctx, attempt.checkDeadline()),
                Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
        // a dedicated-port recogniser decides with no bytes at all
        decide(ctx, attempt.result());
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        try {
            if (attempt != null && !attempt.decided()) {
                byte[] bytes = new byte[buf.readableBytes()];
                buf.readBytes(bytes);
                decide(ctx, attempt.feed(bytes));
            }
        } finally {
            buf.release();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (attempt != null && !attempt.decided()) {
            decide(ctx, attempt.endOfStream());
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // a TCP error before identification: the stream ended, counted as CLOSED by channelInactive
        ctx.close();
    }

    private void decide(ChannelHandlerContext ctx, IdentificationResult result) {
        switch (result) {
            case IdentificationResult.NeedMore needMore -> { }
            case IdentificationResult.Rejected rejected -> {
                if (ctx.pipeline().get(IdentifyingHandler.class) == null) {
                    return; // already decided
                }
                cancelDeadline();
                ctx.pipeline().remove(this);
                counters.countRejected(rejected.reason());
                ctx.channel().writeAndFlush(Unpooled.wrappedBuffer(rejected.reply()))
                        .addListener(ChannelFutureListener.CLOSE);
            }
            case IdentificationResult.Identified identified -> {
                if (ctx.pipeline().get(IdentifyingHandler.class) == null) {
                    return;
                }
                cancelDeadline();
                if (!next.admit(identified.identity())) {
                    refuse(ctx, identified);
                    return;
                }
                // attach first: once greeted, the modem (and the pollers waiting for it) may send at once. The greeting
                // still leaves first: poller bytes from other threads are queued behind this event-loop task.
                ModemConnectionHandler connection = next.create(identified, ctx.channel());
                if (identified.reply().length > 0) {
                    ctx.channel().writeAndFlush(Unpooled.wrappedBuffer(identified.reply()));
                }
                ctx.pipeline().replace(this, "modem", connection);
                connection.start(identified.leftover());
            }
        }
    }

    private void refuse(ChannelHandlerContext ctx, IdentificationResult.Identified identified) {
        ctx.pipeline().remove(this);
        counters.countRejected(RejectReason.NOT_ADMITTED);
        byte[] accept = identified.reply();
        byte[] reply = accept.length == 1 && accept[0] == LengthPrefixedImeiRecogniser.ACCEPT
                ? new byte[] {LengthPrefixedImeiRecogniser.REJECT} : new byte[0];
        ctx.channel().writeAndFlush(Unpooled.wrappedBuffer(reply)).addListener(ChannelFutureListener.CLOSE);
    }

    private void cancelDeadline() {
        if (deadline != null) {
            deadline.cancel(false);
        }
    }
}
