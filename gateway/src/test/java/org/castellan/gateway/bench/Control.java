package org.castellan.gateway.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generator's end of the control connection to {@link GatewayUnderLoad} ({@link ControlCommands}): opened once,
 * before any load, so that it still works when the gateway can open no more descriptors.
 */
final class Control implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final PrintWriter out;

    Control(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.US_ASCII);
    }

    /**
     * @return the answer's {@code key=value} pairs in order
     * @throws IOException if the gateway closed the connection or answered {@code error=…}
     */
    synchronized Map<String, String> ask(String command) throws IOException {
        out.println(command);
        String line = in.readLine();
        if (line == null) {
            throw new IOException("control: expected an answer to " + command + ", found end of stream");
        }
        Map<String, String> answer = new LinkedHashMap<>();
        for (String pair : line.split(" ")) {
            int eq = pair.indexOf('=');
            answer.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        if (answer.containsKey("error")) {
            throw new IOException("control: " + command + " failed: " + answer.get("error"));
        }
        return answer;
    }

    /** @return one number of the answer */
    long number(String command, String key) throws IOException {
        return Long.parseLong(ask(command).get(key));
    }

    /** Asks the gateway to stop. */
    @Override
    public void close() throws IOException {
        try {
            out.println("quit");
            in.readLine();
        } finally {
            socket.close();
        }
    }
}
