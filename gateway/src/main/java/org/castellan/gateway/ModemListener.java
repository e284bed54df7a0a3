package org.castellan.gateway;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.castellan.irz.ident.IdentificationResult;
import org.castellan.irz.ident.ModemIdentity;

/**
 * The gateway: one or more modem ports (Netty servers) whose every connection is identified by its port's chain,
 * admitted by the {@link ModemDirectory}, then carried as COLPROT or raw into its {@link ModemSession}; per-modem
 * poller ports ({@link PollerPortMode}) and an optional shared poller port where a poller's first line names the
 * modem. All modem ports share one session table and one set of poller ports.
 *
 * <p><b>Lifecycle:</b> {@link #start} makes offline sessions for the modems the directory knows, opens their poller
 * ports if {@link PollerPortMode#ON_START}, binds the modem ports and the shared poller port — blocking until all are
 * bound, so call it from an ordinary thread — and returns the running listener; {@link #close} closes every modem,
 * poller and server socket and stops the event loops.
 * <p><b>Threading:</b> thread-safe. Connections run on Netty event loops, where the {@link ModemDirectory} and the
 * {@link SessionListener} are called; {@link #counters()} and {@link #sessions()} may be read from any thread. TCP
 * keepalive is on for every accepted socket.
 */
public final class ModemListener implements AutoCloseable {

    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final GatewayCounters counters = new GatewayCounters();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final GatewaySettings settings;
    private final ModemDirectory directory;
    private final ModemSessions sessions;
    private final PollerPorts pollerPorts;
    private final List<Channel> modemServers = new ArrayList<>();
    private final Channel sharedServer;

    private ModemListener(GatewaySettings settings, List<ModemPort> ports, ModemDirectory directory,
                          SessionListener listener) throws InterruptedException {
        this.settings = settings;
        this.directory = directory;
        boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        pollerPorts = new PollerPorts(settings, boss, workers, directory, channels);
        sessions = new ModemSessions(settings, counters, listener, directory, pollerPorts, workers::next);
        try {
            awaitBinds(sessions.preload(directory.known()));
            for (ModemPort port : ports) {
                modemServers.add(bindModemPort(port));
            }
            sharedServer = settings.sharedPollerPort() == GatewaySettings.NO_SHARED_PORT ? null : bindSharedPort();
        } catch (InterruptedException | RuntimeException e) {
            channels.close().awaitUninterruptibly();
            shutdown();
            throw e;
        }
    }

    /**
     * Binds the settings' modem port ({@link GatewaySettings#host()}, {@link GatewaySettings#port()},
     * {@link GatewaySettings#identification()}).
     *
     * @see #start(GatewaySettings, List, ModemDirectory, SessionListener)
     */
    public static ModemListener start(GatewaySettings settings, ModemDirectory directory, SessionListener listener)
            throws InterruptedException {
        return start(settings, List.of(ModemPort.of(Objects.requireNonNull(settings, "settings"))), directory,
                listener);
    }

    /**
     * Binds several modem ports, each with its own identification chain, sharing one session table; the settings'
     * own port and chain are not used (poller ports and the shared poller port bind on {@link GatewaySettings#host()}).
     *
     * @param ports     the modem ports, at least one; {@link #port()} is the first
     * @param directory allow-list, shared-port names, sharing policies, known modems, poller port assignments
     * @param listener  told about sessions going online, being replaced, going offline, and ended connections
     * @throws IllegalArgumentException if {@code ports} is empty
     * @throws InterruptedException     if interrupted while binding
     * @throws io.netty.channel.ChannelException (or the socket exception Netty reports) if a modem port or the shared
     *     poller port cannot be bound; a poller port that cannot be bound is logged, not thrown
     */
    public static ModemListener start(GatewaySettings settings, List<ModemPort> ports, ModemDirectory directory,
                                      SessionListener listener) throws InterruptedException {
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("ports: expected at least one modem port, found none");
        }
        return new ModemListener(Objects.requireNonNull(settings, "settings"), List.copyOf(ports),
                Objects.requireNonNull(directory, "directory"), Objects.requireNonNull(listener, "listener"));
    }

    /** @return the first modem port (the one the OS picked when it was given as 0) */
    public int port() {
        return ports().getFirst();
    }

    /** @return every modem port, in the order given to {@link #start} */
    public List<Integer> ports() {
        return modemServers.stream().map(ModemListener::localPort).toList();
    }

    /** @return the shared poller port, or empty when the settings have none */
    public OptionalInt sharedPollerPort() {
        return sharedServer == null ? OptionalInt.empty() : OptionalInt.of(localPort(sharedServer));
    }

    /** @return rejection, refusal and drop counters */
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
     * @throws ModemBusyException    when the modem is held exclusively by another poller and others are refused
     */
    public ModemChannel channel(SessionKey key) throws ModemOfflineException, ModemBusyException {
        ModemSession session = sessions.find(key).orElseThrow(() -> new ModemOfflineException(key));
        return session.openChannel();
    }

    /** @return how many per-modem poller ports were asked for since start (none with {@link PollerPortMode#OFF}) */
    int pollerPortsOpened() {
        return pollerPorts.opened();
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

    private Channel bindModemPort(ModemPort port) throws InterruptedException {
        ModemConnectionHandler.Factory connections = new ModemConnectionHandler.Factory() {
            @Override
            public boolean admit(ModemIdentity identity) {
                return directory.admit(identity);
            }

            @Override
            public ModemConnectionHandler create(IdentificationResult.Identified identified, Channel channel) {
                ConnectionMeter meter = channel.pipeline().get(ConnectionMeter.class);
                ModemSession session = sessions.attach(identified.identity(), identified.framing(), channel, meter);
                return new ModemConnectionHandler(sessions, session, channel, meter, identified.framing(), settings);
            }
        };
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true) // a restart binds the port while old connections linger
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        channels.add(ch);
                        ch.pipeline().addLast("meter", new ConnectionMeter(ch.remoteAddress(),
                                settings.clock().instant()));
                        ch.pipeline().addLast("identify",
                                new IdentifyingHandler(port.chain(), counters, connections));
                    }
                });
        Channel server = bootstrap.bind(new InetSocketAddress(port.host(), port.port())).sync().channel();
        channels.add(server);
        return server;
    }

    private Channel bindSharedPort() throws InterruptedException {
        Channel server = pollerPorts.pollerServer(ch -> ch.pipeline().addLast("name",
                        new NameLineHandler(sessions, directory, counters, settings.nameLineTimeout())))
                .bind(new InetSocketAddress(settings.host(), settings.sharedPollerPort())).sync().channel();
        channels.add(server);
        return server;
    }

    /** Waits for the poller ports opened at start, so they are bound when {@link #start} returns. */
    private static void awaitBinds(List<CompletableFuture<Integer>> binds) throws InterruptedException {
        try {
            CompletableFuture.allOf(binds.toArray(CompletableFuture[]::new)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("poller port binds never fail, found " + e.getCause(), e);
        }
    }

    private static int localPort(Channel server) {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    private void shutdown() {
        boss.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
