package org.castellan.gsm.port;

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
 * An {@link AtPort} over TCP: a modem behind a serial device server (ser2net, a Moxa NPort in raw TCP mode) or the
 * emulator. Not thread-safe apart from {@link #close()}.
 */
public final class TcpAtPort implements AtPort {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[512];

    /** Wraps a connected socket (the emulator's accepted connections). */
    public TcpAtPort(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /**
     * Connects to {@code host:port}.
     *
     * @throws IOException when no connection is made within {@code timeout}
     */
    public static TcpAtPort connect(String host, int port, Duration timeout) throws IOException {
        Socket socket = new Socket();
        try {
            int millis = (int) Math.clamp(timeout.toMillis(), 1, Integer.MAX_VALUE);
            socket.connect(new InetSocketAddress(host, port), millis);
            return new TcpAtPort(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public byte[] read(Duration timeout) throws IOException {
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
        return "tcp port to " + socket.getRemoteSocketAddress();
    }
}
