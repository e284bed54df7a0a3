package org.castellan.gateway;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The modem port: a Netty server whose every connection is identified by the port's chain, then carried as COLPROT or
 * raw into its {@link ModemSession}; each session gets a poller port ({@link PollerPorts}).
 *
 * <p><b>Lifecycle:</b> {@link #start} binds (blocking until bound, so call it from an ordinary thread) and returns the
 * running listener; {@link #close} closes every modem, poller and server socket and stops the event loops.
 * <p><b>Threading:</b> thread-safe. Connections run on Netty event loops; {@link #counters()} and {@link #sessions()}
 * may be read from any thread. TCP keepalive is on for every accepted socket.
 */
public final class ModemListener implements AutoCloseable {

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final GatewayCounters counters = new GatewayCounters();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ModemSessions sessions;
    private final Channel server;

    private ModemListener(GatewaySettings settings, PortAssignments ports, SessionListener listener)
            throws InterruptedException {
        boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        PollerPorts pollerPorts = new PollerPorts(settings, boss, workers, ports, channels);
        sessions = new ModemSessions(settings, counters, listener, pollerPorts);
        ModemConnectionHandler.Factory connections = (identified, channel) -> {
            ModemSession session = sessions.attach(identified.identity(), identified.framing(), channel);
            return new ModemConnectionHandler(sessions, session, channel, identified.framing(), settings);
        };
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        channels.add(ch);
                        ch.pipeline().addLast("identify",
                                new IdentifyingHandler(settings.identification(), counters, connections));
                    }
                });
        try {
            server = bootstrap.bind(new InetSocketAddress(settings.host(), settings.port())).sync().channel();
        } catch (InterruptedException | RuntimeException e) {
            shutdown();
            throw e;
        }
        channels.add(server);
    }

    /**
     * Binds the modem port.
     *
     * @param ports    where poller ports are assigned and kept
     * @param listener told about sessions going online, being replaced and going offline
     * @throws InterruptedException if interrupted while binding
     * @throws io.netty.channel.ChannelException (or the socket exception Netty reports) if the port cannot be bound
     */
    public static ModemListener start(GatewaySettings settings, PortAssignments ports, SessionListener listener)
            throws InterruptedException {
        return new ModemListener(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(ports, "ports"),
                Objects.requireNonNull(listener, "listener"));
    }

    /** @return the port modems connect to (the one the OS picked when the settings said 0) */
    public int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    /** @return rejection and drop counters */
    public GatewayCounters counters() {
        return counters;
    }

    /** @return the sessions */
    public ModemSessions sessions() {
        return sessions;
    }

    /**
     * Opens an in-process channel to the meter behind the modem {@code key}, as a poller on its port would reach it.
     *
     * @throws ModemOfflineException when no such modem has identified or it has no open connection now
     */
    public ModemChannel channel(SessionKey key) throws ModemOfflineException {
        ModemSession session = sessions.find(key).orElseThrow(() -> new ModemOfflineException(key));
        return session.openChannel();
    }

    /**
     * Closes every socket and stops the event loops; waits for them. Idempotent: a second close returns at once (a
     * channel added to the group after the first close, such as a poller port whose bind completed meanwhile, would
     * otherwise be closed on a stopped event loop and never report closed).
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        sessions.shutdown();
        channels.close().awaitUninterruptibly();
        shutdown();
    }

    private void shutdown() {
        boss.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }
}
