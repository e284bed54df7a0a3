package org.castellan.gsm.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.castellan.gsm.port.TcpAtPort;

/**
 * Serves a {@link GsmModemEmulator} on a TCP port, as ser2net serves a real modem: {@code tcp://host:port}. Each
 * accepted connection is served on its own virtual thread; all talk to the one emulated modem (as two clients of one
 * ser2net port would).
 *
 * <p><b>Lifecycle:</b> listening once started; {@link #close()} stops accepting and closes every connection.
 * Thread-safe.
 */
public final class TcpModemServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(TcpModemServer.class.getName());

    private final EmulatedModem modem;
    private final ServerSocket server;
    private final Set<EmulatorConnection> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;

    private TcpModemServer(EmulatedModem modem, ServerSocket server) {
        this.modem = modem;
        this.server = server;
        this.acceptor = Thread.ofVirtual().name("gsm-emulator-accept-" + server.getLocalPort()).start(this::accept);
    }

    static TcpModemServer start(EmulatedModem modem, InetAddress bind, int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(bind, port));
        return new TcpModemServer(modem, server);
    }

    /** @return the port listened on (the one the OS picked for port 0) */
    public int port() {
        return server.getLocalPort();
    }

    /** @return the URL a {@code GsmModem} opens: {@code tcp://127.0.0.1:<port>} on loopback */
    public String url() {
        return "tcp://" + server.getInetAddress().getHostAddress() + ":" + port();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                EmulatorConnection connection = new EmulatorConnection(modem, new TcpAtPort(socket));
                connections.add(connection);
                Thread.ofVirtual().name("gsm-emulator-" + socket.getRemoteSocketAddress()).start(() -> {
                    connection.run();
                    connections.remove(connection);
                });
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(System.Logger.Level.DEBUG, () -> "GSM emulator: accept failed: " + e);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.forEach(EmulatorConnection::stop);
        try {
            acceptor.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
