package org.castellan.gateway;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The poller servers: one TCP server per modem session — the poller port, assigned once through
 * {@link PortAssignments} and bound for as long as the listener runs, so it stays the same across reconnects and,
 * with a directory that keeps assignments, across restarts — and the bootstrap the shared poller port uses too.
 * Pollers connecting to a poller port share the modem under the session's {@link SharingPolicy}
 * ({@link PollerConnection}).
 *
 * <p><b>Backpressure:</b> each poller socket's write buffer has a high-water mark of {@code pollerBacklog} bytes; the
 * relay drops (and counts) meter bytes for a poller above it, so a slow poller costs at most that much memory and
 * stalls nobody.
 * <p><b>Threading:</b> thread-safe; binding is asynchronous ({@link #open} may be called from an event loop).
 */
final class PollerPorts {

    /** How many proposed ports are tried when the ones before are taken by something else. */
    static final int BIND_ATTEMPTS = 16;

    private static final Logger LOG = System.getLogger(PollerPorts.class.getName());

    private final String host;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final PortAssignments assignments;
    private final ChannelGroup channels;
    private final WriteBufferWaterMark watermark;
    private final AtomicInteger opened = new AtomicInteger();

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

    /**
     * Binds the session's poller port; {@link ModemSession#pollerPort()} says which once bound.
     *
     * @return completes with the bound port, or 0 when none could be bound (logged); never fails
     */
    CompletableFuture<Integer> open(ModemSession session) {
        opened.incrementAndGet();
        SessionKey key = session.key();
        var assigned = assignments.find(key);
        CompletableFuture<Integer> result = new CompletableFuture<>();
        bind(session, assigned.isPresent() ? assigned.getAsInt() : assignments.propose(key),
                assigned.isPresent() ? 1 : BIND_ATTEMPTS, result);
        return result;
    }

    /** @return how many poller ports were asked for since start (bound or not) */
    int opened() {
        return opened.get();
    }

    /**
     * @return a server bootstrap for pollers: address reuse (a restarted gateway binds the same ports while closed
     *     poller connections linger in TIME_WAIT), keepalive, no delay, the backlog watermark, {@code pipeline} per
     *     poller
     */
    ServerBootstrap pollerServer(Consumer<SocketChannel> pipeline) {
        return pollerServer(workers, pipeline);
    }

    /** @return {@link #pollerServer(Consumer)} with its pollers registered on {@code children} */
    private ServerBootstrap pollerServer(EventLoopGroup children, Consumer<SocketChannel> pipeline) {
        return new ServerBootstrap()
                .group(boss, children)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, watermark)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        channels.add(ch);
                        pipeline.accept(ch);
                    }
                });
    }

    /**
     * Binds {@code port}; a newly proposed port that is taken (another program, a port assigned before a restart)
     * is given up for the next proposal. An assigned port is never moved: pollers are configured with it.
     */
    private void bind(ModemSession session, int port, int attemptsLeft, CompletableFuture<Integer> result) {
        SessionKey key = session.key();
        // pollers on the modem's event loop: the relay then crosses no thread (ModemLoopGroup)
        ChannelFuture bind = pollerServer(new ModemLoopGroup(workers, session),
                ch -> ch.pipeline().addLast("poller", new PollerConnection(session)))
                .bind(new InetSocketAddress(host, port));
        bind.addListener(f -> {
            if (f.isSuccess()) {
                Channel server = bind.channel();
                channels.add(server);
                int bound = ((InetSocketAddress) server.localAddress()).getPort();
                assignments.record(key, bound);
                session.pollerPort(bound);
                result.complete(bound);
            } else if (attemptsLeft > 1) {
                LOG.log(Level.INFO, "poller port {0} for {1} is taken ({2}); trying the next", port, key,
                        f.cause().toString());
                bind(session, assignments.propose(key), attemptsLeft - 1, result);
            } else {
                LOG.log(Level.WARNING, "poller port {0} for {1} could not be bound: {2}", port, key,
                        f.cause().toString());
                result.complete(0);
            }
        });
    }
}
