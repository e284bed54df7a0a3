package org.castellan.tem106.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.castellan.tem106.link.TcpLink;

/**
 * Serves a {@link VirtualMeter} on a TCP port, like a meter behind a serial-to-Ethernet converter. Each accepted
 * connection is served on its own virtual thread; all share the one meter.
 *
 * <p><b>Lifecycle:</b> listening once {@link #start} returns; {@link #close()} stops accepting and closes every
 * connection. Thread-safe.
 */
public final class TcpEmulator implements AutoCloseable {
    private final VirtualMeter meter;
    private final ServerSocket server;
    private final Set<MeterConnection> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    private TcpEmulator(VirtualMeter meter, ServerSocket server) {
        this.meter = meter;
        this.server = server;
        this.acceptor = Thread.ofVirtual().name("tem106-emulator-accept-" + server.getLocalPort()).start(this::accept);
    }

    /**
     * Listens on {@code bind:port} (port 0 picks a free one).
     *
     * @throws IOException when the port cannot be bound
     */
    public static TcpEmulator start(VirtualMeter meter, InetAddress bind, int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(bind, port));
        return new TcpEmulator(meter, server);
    }

    /** Listens on the loopback interface. */
    public static TcpEmulator startOnLoopback(VirtualMeter meter, int port) throws IOException {
        return start(meter, InetAddress.getLoopbackAddress(), port);
    }

    public int port() {
        return server.getLocalPort();
    }

    public VirtualMeter meter() {
        return meter;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                MeterConnection connection = new MeterConnection(meter, new TcpLink(socket));
                connections.add(connection);
                Thread.ofVirtual().name("tem106-emulator-" + socket.getRemoteSocketAddress()).start(() -> {
                    connection.run();
                    connections.remove(connection);
                });
            } catch (IOException e) {
                // closed while accepting (normal stop) or one failed accept: keep going while open
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.forEach(MeterConnection::stop);
        try {
            acceptor.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
