package org.castellan.gsm.port;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the local modem is, as one string: {@code serial:/dev/ttyUSB0?baud=115200} (baud defaults to 115200; Windows
 * names such as {@code serial:COM3} work too) or {@code tcp://host:port} for a modem behind a serial device server
 * (ser2net). Parsed eagerly, so a bad URL fails at configuration time with a message saying what is wrong.
 */
public sealed interface AtPortUrl permits AtPortUrl.Serial, AtPortUrl.Tcp {

    /** Speeds a serial URL may name. */
    Set<Integer> BAUD_RATES = Set.of(1200, 2400, 4800, 9600, 19_200, 38_400, 57_600, 115_200, 230_400, 460_800,
            921_600);

    /**
     * Opens the port this URL names.
     *
     * @throws IOException when it cannot be opened or connected within {@code connectTimeout}
     */
    AtPort open(Duration connectTimeout) throws IOException;

    /** A serial port, 8N1. */
    record Serial(String path, int baud) implements AtPortUrl {
        public Serial {
            Objects.requireNonNull(path, "path");
            if (path.isBlank()) {
                throw new IllegalArgumentException("serial port path is empty");
            }
            if (!BAUD_RATES.contains(baud)) {
                throw new IllegalArgumentException("baud must be one of " + new TreeSet<>(BAUD_RATES) + ", not "
                        + baud);
            }
        }

        @Override
        public AtPort open(Duration connectTimeout) throws IOException {
            return SerialAtPort.open(path, baud);
        }

        @Override
        public String toString() {
            return "serial:" + path + "?baud=" + baud;
        }
    }

    /** A TCP connection to a serial device server. */
    record Tcp(String host, int port) implements AtPortUrl {
        public Tcp {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("tcp host is empty");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("tcp port must be 1–65535, not " + port);
            }
        }

        @Override
        public AtPort open(Duration connectTimeout) throws IOException {
            return TcpAtPort.connect(host, port, connectTimeout);
        }

        @Override
        public String toString() {
            return "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /**
     * Parses a port URL.
     *
     * @throws IllegalArgumentException naming what is wrong with {@code url}
     */
    static AtPortUrl parse(String url) {
        Objects.requireNonNull(url, "url");
        if (url.startsWith("tcp://")) {
            return parseTcp(url, url.substring("tcp://".length()));
        }
        if (url.startsWith("serial:")) {
            return parseSerial(url, url.substring("serial:".length()));
        }
        throw new IllegalArgumentException("modem URL \"" + url
                + "\": expected serial:/dev/ttyUSB0?baud=115200 or tcp://host:port");
    }

    private static AtPortUrl parseTcp(String url, String rest) {
        int colon = rest.lastIndexOf(':');
        if (colon <= 0 || colon == rest.length() - 1) {
            throw new IllegalArgumentException("modem URL \"" + url + "\": expected tcp://host:port");
        }
        String host = rest.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = number(url, rest.substring(colon + 1), "port");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("modem URL \"" + url + "\": port must be 1–65535, not " + port);
        }
        return new Tcp(host, port);
    }

    private static AtPortUrl parseSerial(String url, String rest) {
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        if (path.isBlank()) {
            throw new IllegalArgumentException("modem URL \"" + url + "\": expected a device after serial:, e.g. "
                    + "serial:/dev/ttyUSB0");
        }
        int baud = SerialAtPort.DEFAULT_BAUD;
        if (query >= 0) {
            String parameter = rest.substring(query + 1);
            if (!parameter.startsWith("baud=")) {
                throw new IllegalArgumentException("modem URL \"" + url + "\": the only parameter is baud=N, found \""
                        + parameter + "\"");
            }
            baud = number(url, parameter.substring("baud=".length()), "baud");
            if (!BAUD_RATES.contains(baud)) {
                throw new IllegalArgumentException("modem URL \"" + url + "\": baud must be one of "
                        + new TreeSet<>(BAUD_RATES) + ", not " + baud);
            }
        }
        return new Serial(path, baud);
    }

    private static int number(String url, String text, String what) {
        if (!text.matches("[0-9]{1,9}")) {
            throw new IllegalArgumentException("modem URL \"" + url + "\": " + what + " is not a number: \"" + text
                    + "\"");
        }
        return Integer.parseInt(text);
    }
}
