package org.castellan.pgembed;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serial;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Confirms that a server completes a real PostgreSQL protocol-3 startup over TCP, without a JDBC driver.
 *
 * <p>{@code pg_ctl -w} already waits for the postmaster to report itself ready, but that says nothing about the
 * path the application will use: TCP on the loopback address, user {@code postgres}, trust authentication. The
 * probe exercises exactly that and fails with the server's own error message otherwise (for instance when a
 * pre-existing cluster demands a password). Stateless.
 */
final class StartupProbe {

    private static final int PROTOCOL_3 = 196608;
    private static final int AUTH_OK = 0;
    private static final String CANNOT_CONNECT_NOW = "57P03"; // "the database system is starting up"

    private StartupProbe() {
    }

    /** A server answer that retrying will not change. */
    private static final class Rejected extends Exception {
        @Serial
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Retries a startup until it succeeds or {@code deadline} passes.
     *
     * @throws EmbeddedPostgresException with the server's error, or the last connection failure, on timeout
     */
    static void await(String host, int port, String user, Instant deadline) throws EmbeddedPostgresException {
        IOException last = null;
        while (true) {
            try {
                attempt(host, port, user);
                return;
            } catch (Rejected e) {
                throw new EmbeddedPostgresException("PostgreSQL on " + host + ":" + port + " refused a startup as '"
                        + user + "': " + e.getMessage());
            } catch (IOException e) {
                last = e;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new EmbeddedPostgresException("PostgreSQL on " + host + ":" + port
                        + " did not accept a connection in time", last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbeddedPostgresException("Interrupted while waiting for PostgreSQL", e);
            }
        }
    }

    private static void attempt(String host, int port, String user) throws IOException, Rejected {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
            socket.setSoTimeout(10_000);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.write(startupMessage(user));
            out.flush();
            while (true) {
                char type = (char) in.readUnsignedByte();
                byte[] body = new byte[in.readInt() - 4];
                in.readFully(body);
                switch (type) {
                    case 'R' -> requireAuthOk(body);
                    case 'E' -> failOrRetry(errorFields(body));
                    case 'Z' -> {
                        out.write(new byte[] {'X', 0, 0, 0, 4}); // Terminate: a polite goodbye, no log noise
                        out.flush();
                        return;
                    }
                    default -> { } // ParameterStatus, BackendKeyData, NoticeResponse: not needed
                }
            }
        }
    }

    private static byte[] startupMessage(String user) throws IOException {
        ByteArrayOutputStream parameters = new ByteArrayOutputStream();
        for (String s : new String[] {"user", user, "database", "postgres", "application_name", "castellan-probe"}) {
            parameters.write(s.getBytes(StandardCharsets.UTF_8));
            parameters.write(0);
        }
        parameters.write(0);
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(message);
        data.writeInt(8 + parameters.size());
        data.writeInt(PROTOCOL_3);
        parameters.writeTo(data);
        return message.toByteArray();
    }

    private static void requireAuthOk(byte[] body) throws Rejected {
        int code = ((body[0] & 0xff) << 24) | ((body[1] & 0xff) << 16) | ((body[2] & 0xff) << 8) | (body[3] & 0xff);
        if (code != AUTH_OK) {
            throw new Rejected("it asks for authentication (request code " + code + ") but the embedded cluster is"
                    + " meant to use trust authentication on the loopback address; check pg_hba.conf");
        }
    }

    /** The fields of an ErrorResponse that matter here. */
    private record ServerError(String severity, String code, String message) {
        @Override
        public String toString() {
            return severity + " " + code + ": " + message;
        }
    }

    /** Parses ErrorResponse fields: a type byte and a C string each, ended by a zero byte. */
    private static ServerError errorFields(byte[] body) {
        String severity = "", code = "", message = "";
        int i = 0;
        while (i < body.length && body[i] != 0) {
            char field = (char) body[i++];
            int end = i;
            while (body[end] != 0) {
                end++;
            }
            String value = new String(body, i, end - i, StandardCharsets.UTF_8);
            switch (field) {
                case 'S' -> severity = value;
                case 'C' -> code = value;
                case 'M' -> message = value;
                default -> { }
            }
            i = end + 1;
        }
        return new ServerError(severity, code, message);
    }

    private static void failOrRetry(ServerError error) throws IOException, Rejected {
        if (error.code().equals(CANNOT_CONNECT_NOW)) {
            throw new IOException(error.toString()); // still recovering: worth another attempt
        }
        throw new Rejected(error.toString());
    }
}
