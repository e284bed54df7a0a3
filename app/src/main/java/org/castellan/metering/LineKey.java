package org.castellan.metering;

import java.util.Locale;

/**
 * The name of the medium a meter shares with others: a modem's serial side, a serial server's TCP port, a local
 * serial port. Meters on one line answer one request at a time, so the read queue runs one job per line.
 */
public final class LineKey {
    private LineKey() {
    }

    public static String modem(long modemId) {
        return "modem:" + modemId;
    }

    public static String tcp(String host, int port) {
        return "tcp:" + host.trim().toLowerCase(Locale.ROOT) + ":" + port;
    }

    public static String serial(String port) {
        return "serial:" + port.trim();
    }

    /** The line of a meter's connection as entered. */
    public static String of(MeterConnection connection, Long modemId, String host, Integer port, String serialPort) {
        return switch (connection) {
            case MODEM -> modem(modemId);
            case TCP -> tcp(host, port);
            case SERIAL -> serial(serialPort);
        };
    }
}
