package org.castellan.tem106.link;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;

/**
 * A link over a TCP connection: a meter behind a serial-to-Ethernet converter, a GPRS modem in server mode, the
 * emulator. Not thread-safe apart from {@link #close()}.
 */
public final class TcpLink implements Link {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[512];

    /** Wraps a connected socket (the emulator's accepted connections). */
    public TcpLink(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /**
     * Connects to {@code host:port}.
     *
     * @throws IOException when the connection cannot be made within {@code timeout}
     */
    public static TcpLink connect(String host, int port, Duration timeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) Math.max(1, timeout.toMillis()));
            return new TcpLink(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public byte[] receive(Duration timeout) throws IOException {
        if (timeout.isZero() && in.available() == 0) {
            return new byte[0];
        }
        // SO_TIMEOUT 0 would mean "forever": the shortest real wait is 1 ms
        socket.setSoTimeout((int) Math.clamp(timeout.toMillis(), 1, Integer.MAX_VALUE));
        try {
            int n = in.read(buffer);
            if (n < 0) {
                throw new EOFException("connection closed by " + socket.getRemoteSocketAddress());
            }
            return Arrays.copyOf(buffer, n);
        } catch (SocketTimeoutException e) {
            return new byte[0];
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public String toString() {
        return "tcp link to " + socket.getRemoteSocketAddress();
    }
}
