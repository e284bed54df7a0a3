package org.castellan.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * One TCP poller of one modem, on the modem's poller port or (after its name line) on the shared poller port: a
 * {@link Relay.Party} whose bytes go to the relay and which takes the meter bytes the relay hands it.
 *
 * <p><b>Lifecycle:</b> {@link #start()} attaches it to the session's relay when the connection is active (at once on a
 * poller port; after the name line on the shared port); a relay that refuses it (an exclusive modem held by another,
 * {@link ExclusiveMode#REFUSE}) has counted it, and the connection is closed. Detached when the connection ends.
 * <p><b>Backpressure:</b> the socket's write buffer has a high-water mark of {@code pollerBacklog}; meter bytes for it
 * above that are refused ({@link #deliver} returns false) and the relay counts them.
 * <p><b>Threading:</b> handler methods run on the poller's event loop; {@link #deliver} and {@link #disconnect} are
 * called by the relay from any thread.
 */
final class PollerConnection extends ChannelInboundHandlerAdapter implements Relay.Party {

    private static final Logger LOG = System.getLogger(PollerConnection.class.getName());

    private final ModemSession session;
    private volatile Channel channel;
    private Relay relay;

    PollerConnection(ModemSession session) {
        this.session = session;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        start();
        ctx.fireChannelActive();
    }

    /**
     * Attaches to the session's relay; on the event loop, once the connection is active.
     *
     * @return false if refused (the connection is being closed)
     */
    boolean start() {
        Relay current = session.relay();
        if (!current.attach(this)) {
            channel.close();
            return false;
        }
        relay = current;
        return true;
    }

    /** @return its connection, once added to the pipeline */
    Channel channel() {
        return channel;
    }

    @Override
    public boolean deliver(byte[] data) {
        Channel target = channel;
        if (target == null || !target.isWritable()) {
            return false;
        }
        target.writeAndFlush(Unpooled.wrappedBuffer(data));
        return true;
    }

    @Override
    public void disconnect() {
        Channel target = channel;
        if (target != null) {
            target.close();
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf buf = (ByteBuf) msg;
        try {
            if (relay != null) {
                relay.fromPoller(this, ByteBufUtil.getBytes(buf));
            }
        } finally {
            buf.release();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (relay != null) {
            relay.detach(this);
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // a poller's TCP error ends that poller only; channelInactive then detaches it
        LOG.log(Level.DEBUG, "poller {0} of {1}: {2}", ctx.channel().remoteAddress(), session.key(), cause.toString());
        ctx.close();
    }
}
