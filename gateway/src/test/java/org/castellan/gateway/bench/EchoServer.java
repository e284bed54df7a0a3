package org.castellan.gateway.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The direct baseline of the relay phase: a TCP echo in the generator's JVM, built like the emulated modem it stands
 * in for — one virtual thread per connection blocked in a read of up to 512 bytes, writing back what it read — so
 * that the difference between the two paths is the gateway (and the hop to the modem), not the echo.
 */
final class EchoServer implements AutoCloseable {

    private final ServerSocket server;

    EchoServer() throws IOException {
        server = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("echo-accept").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        try {
            while (true) {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                Thread.ofVirtual().name("echo").start(() -> echo(socket));
            }
        } catch (IOException e) {
            // closed: the phase is over
        }
    }

    private static void echo(Socket socket) {
        byte[] buf = new byte[512];
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the poller hung up
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
