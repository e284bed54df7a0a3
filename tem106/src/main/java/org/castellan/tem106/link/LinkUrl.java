package org.castellan.tem106.link;

import java.io.IOException;
import java.time.Duration;

/**
 * Where a meter is, as one string: {@code tcp://host:port} or {@code serial:/dev/ttyUSB0?baud=9600} (baud defaults
 * to 9600). Parsed eagerly, so a bad URL fails before any I/O with a message saying what is wrong.
 */
public sealed interface LinkUrl permits LinkUrl.Tcp, LinkUrl.Serial {
    /** Opens the link this URL names. */
    Link open(Duration connectTimeout) throws IOException;

    record Tcp(String host, int port) implements LinkUrl {
        @Override
        public Link open(Duration connectTimeout) throws IOException {
            return TcpLink.connect(host, port, connectTimeout);
        }

        @Override
        public String toString() {
            return "tcp://" + host + ":" + port;
        }
    }

    record Serial(String path, int baud) implements LinkUrl {
        @Override
        public Link open(Duration connectTimeout) throws IOException {
            return SerialLink.open(path, baud);
        }

        @Override
        public String toString() {
            return "serial:" + path + "?baud=" + baud;
        }
    }

    /**
     * Parses a link URL.
     *
     * @throws IllegalArgumentException naming what is wrong with {@code url}
     */
    static LinkUrl parse(String url) {
        if (url.startsWith("tcp://")) {
            String rest = url.substring("tcp://".length());
            int colon = rest.lastIndexOf(':');
            if (colon <= 0 || colon == rest.length() - 1) {
                throw new IllegalArgumentException("link URL " + url + ": expected tcp://host:port");
            }
            return new Tcp(rest.substring(0, colon), number(url, rest.substring(colon + 1), 1, 65535, "port"));
        }
        if (url.startsWith("serial:")) {
            String rest = url.substring("serial:".length());
            int query = rest.indexOf('?');
            String path = query < 0 ? rest : rest.substring(0, query);
            if (path.isEmpty()) {
                throw new IllegalArgumentException("link URL " + url + ": expected serial:/dev/ttyUSB0?baud=9600");
            }
            int baud = 9600;
            if (query >= 0) {
                String parameter = rest.substring(query + 1);
                if (!parameter.startsWith("baud=")) {
                    throw new IllegalArgumentException("link URL " + url + ": the only parameter is baud=N");
                }
                baud = number(url, parameter.substring("baud=".length()), 0, Integer.MAX_VALUE, "baud");
                if (!SerialLink.BAUD_RATES.contains(baud)) {
                    throw new IllegalArgumentException("link URL " + url + ": baud must be 9600, 19200, 38400 or 57600");
                }
            }
            return new Serial(path, baud);
        }
        throw new IllegalArgumentException("link URL " + url + ": expected tcp://host:port or serial:/dev/…?baud=N");
    }

    private static int number(String url, String text, int min, int max, String what) {
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new IllegalArgumentException("link URL " + url + ": " + what + " must be " + min + ".." + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("link URL " + url + ": " + what + " is not a number: " + text, e);
        }
    }
}
