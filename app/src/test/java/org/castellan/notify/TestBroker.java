package org.castellan.notify;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Properties;

/**
 * A real MQTT broker for the notification tests: Mosquitto on 127.0.0.1:1883 when one listens there, otherwise an
 * embedded Moquette broker on a free loopback port. {@code -Dcastellan.test.mqtt=embedded} forces the embedded one
 * (so both paths can be tried on a machine with Mosquitto); {@code =mosquitto} insists on Mosquitto.
 */
public final class TestBroker implements AutoCloseable {
    private static final InetSocketAddress MOSQUITTO = new InetSocketAddress("127.0.0.1", 1883);

    private final String url;
    private final Server embedded;

    private TestBroker(String url, Server embedded) {
        this.url = url;
        this.embedded = embedded;
    }

    public static TestBroker start() {
        String choice = System.getProperty("castellan.test.mqtt", "auto");
        if (!choice.equals("embedded") && (choice.equals("mosquitto") || reachable(MOSQUITTO))) {
            return new TestBroker("tcp://127.0.0.1:1883", null);
        }
        int port = freePort();
        Properties settings = new Properties();
        settings.setProperty("host", "127.0.0.1");
        settings.setProperty("port", Integer.toString(port));
        settings.setProperty("allow_anonymous", "true");
        settings.setProperty("persistence_enabled", "false");
        Server server = new Server();
        try {
            server.startServer(new MemoryConfig(settings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestBroker("tcp://127.0.0.1:" + port, server);
    }

    public String url() {
        return url;
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    private static boolean reachable(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.stopServer();
        }
    }
}
