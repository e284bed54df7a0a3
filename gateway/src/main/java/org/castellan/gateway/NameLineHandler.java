package org.castellan.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The first handler of a connection on the shared poller port: reads the name line ({@link NameLineDecoder}) within
 * the configured time, resolves it through {@link ModemDirectory#resolve} to a session that exists (known or seen),
 * and replaces itself with a {@link PollerConnection} of that session, handing it the bytes that followed the line as
 * the first request. Nothing is answered on success, so the connection is transparent from then on.
 *
 * <p>On failure the poller gets one line {@code ERROR <reason>\r\n} ({@link SharedPortReject}), the connection is
 * closed and the reason counted. Confined to the connection's event loop.
 */
final class NameLineHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = System.getLogger(NameLineHandler.class.getName());

    private final ModemSessions sessions;
    private final ModemDirectory directory;
    private final GatewayCounters counters;
    private final Duration timeout;
    private final NameLineDecoder decoder = new NameLineDecoder();
    private ScheduledFuture<?> deadline;

    NameLineHandler(ModemSessions sessions, ModemDirectory directory, GatewayCounters counters, Duration timeout) {
        this.sessions = sessions;
        this.directory = directory;
        this.counters = counters;
        this.timeout = timeout;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        deadline = ctx.executor().schedule(() -> reject(ctx, SharedPortReject.TIMEOUT), timeout.toNanos(),
                TimeUnit.NANOSECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        byte[] bytes;
        try {
            if (decoder.state() == NameLineDecoder.State.DONE) {
                return; // rejected; the connection is closing
            }
            bytes = new byte[buf.readableBytes()];
            buf.readBytes(bytes);
        } finally {
            buf.release();
        }
        switch (decoder.feed(bytes, 0, bytes.length)) {
            case NameLineDecoder.NeedMore needMore -> { }
            case NameLineDecoder.TooLong tooLong -> reject(ctx, SharedPortReject.TOO_LONG);
            case NameLineDecoder.Line line -> connect(ctx, line);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancelDeadline();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(Level.DEBUG, "shared-port poller {0}: {1}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }

    private void connect(ChannelHandlerContext ctx, NameLineDecoder.Line line) {
        cancelDeadline();
        Optional<ModemSession> session = directory.resolve(line.name()).flatMap(sessions::find);
        if (session.isEmpty()) {
            LOG.log(Level.DEBUG, "shared-port poller {0} named no known modem: \"{1}\"", ctx.channel().remoteAddress(),
                    line.name());
            reject(ctx, SharedPortReject.UNKNOWN_MODEM);
            return;
        }
        PollerConnection poller = new PollerConnection(session.get());
        ctx.pipeline().replace(this, "poller", poller);
        if (poller.start() && line.rest().length > 0) {
            // bytes after the newline in the same read are the first request, not lost
            ctx.pipeline().fireChannelRead(Unpooled.wrappedBuffer(line.rest()));
        }
    }

    private void reject(ChannelHandlerContext ctx, SharedPortReject reason) {
        if (ctx.isRemoved()) {
            return; // the line arrived just before the deadline ran
        }
        cancelDeadline();
        ctx.pipeline().remove(this);
        counters.countSharedPortRejected(reason);
        ctx.channel().writeAndFlush(Unpooled.copiedBuffer(reason.line(), StandardCharsets.US_ASCII))
                .addListener(ChannelFutureListener.CLOSE);
    }

    private void cancelDeadline() {
        if (deadline != null) {
            deadline.cancel(false);
        }
    }
}
