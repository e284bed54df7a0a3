package org.castellan.gateway;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;

/**
 * One TCP server per modem session: the poller port, assigned once through {@link PortAssignments} and bound for as
 * long as the listener runs, so it stays the same across reconnects. Pollers connecting to it share the modem under
 * the {@link TurnRelay turns} policy.
 *
 * <p><b>Backpressure:</b> each poller socket's write buffer has a high-water mark of {@code pollerBacklog} bytes; the
 * relay drops (and counts) meter bytes for a poller above it, so a slow poller costs at most that much memory and
 * stalls nobody.
 * <p><b>Threading:</b> thread-safe; binding is asynchronous (it is started from an event loop).
 */
final class PollerPorts {

    private static final Logger LOG = System.getLogger(PollerPorts.class.getName());

    private final String host;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final PortAssignments assignments;
    private final ChannelGroup channels;
    private final WriteBufferWaterMark watermark;

    PollerPorts(GatewaySettings settings, EventLoopGroup boss, EventLoopGroup workers, PortAssignments assignments,
                ChannelGroup channels) {
        this.host = settings.host();
        this.boss = boss;
        this.workers = workers;
        this.assignments = assignments;
        this.channels = channels;
        int high = settings.pollerBacklog();
        this.watermark = new WriteBufferWaterMark(high / 2, high);
    }

    /** How many proposed ports are tried when the ones before are taken by something else. */
    static final int BIND_ATTEMPTS = 16;

    /** Binds the session's poller port; {@link ModemSession#pollerPort()} says which once bound. */
    void open(ModemSession session) {
        SessionKey key = session.key();
        var assigned = assignments.find(key);
        bind(session, assigned.isPresent() ? assigned.getAsInt() : assignments.propose(key),
                assigned.isPresent() ? 1 : BIND_ATTEMPTS);
    }

    /**
     * Binds {@code port}; a newly proposed port that is taken (another program, a port assigned before a restart)
     * is given up for the next proposal. An assigned port is never moved: pollers are configured with it.
     */
    private void bind(ModemSession session, int port, int attemptsLeft) {
        SessionKey key = session.key();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, watermark)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        channels.add(ch);
                        ch.pipeline().addLast(new PollerHandler(session.relay()));
                    }
                });
        ChannelFuture bind = bootstrap.bind(new InetSocketAddress(host, port));
        bind.addListener(f -> {
            if (f.isSuccess()) {
                Channel server = bind.channel();
                channels.add(server);
                int bound = ((InetSocketAddress) server.localAddress()).getPort();
                assignments.record(key, bound);
                session.pollerPort(bound);
            } else if (attemptsLeft > 1) {
                LOG.log(Level.INFO, "poller port {0} for {1} is taken ({2}); trying the next", port, key,
                        f.cause().toString());
                bind(session, assignments.propose(key), attemptsLeft - 1);
            } else {
                LOG.log(Level.WARNING, "poller port {0} for {1} could not be bound: {2}", port, key,
                        f.cause().toString());
            }
        });
    }

    /** One poller connection: its bytes go to the relay, which answers it when it holds the turn. */
    private static final class PollerHandler extends ChannelInboundHandlerAdapter implements TurnRelay.Party {

        private final TurnRelay relay;
        private volatile Channel channel;

        PollerHandler(TurnRelay relay) {
            this.relay = relay;
        }

        @Override
        public void handlerAdded(ChannelHandlerContext ctx) {
            channel = ctx.channel();
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
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf buf = (ByteBuf) msg;
            try {
                relay.fromPoller(this, ByteBufUtil.getBytes(buf));
            } finally {
                buf.release();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            relay.pollerGone(this);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // a poller's TCP error ends that poller only; channelInactive then passes its turn
            LOG.log(Level.DEBUG, "poller {0}: {1}", ctx.channel().remoteAddress(), cause.toString());
            ctx.close();
        }
    }
}
