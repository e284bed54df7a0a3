package org.castellan.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.castellan.gsm.emulator.GsmModemEmulator;
import org.castellan.gsm.emulator.TcpModemServer;

/**
 * The local GSM modem of the shared test application: the {@code gsm} module's AT modem emulator on a loopback TCP
 * port (as a modem behind ser2net), which records every SMS and call it is asked for.
 */
public final class TestGsm {
    private static GsmModemEmulator modem;
    private static TcpModemServer server;

    private TestGsm() {
    }

    /** @return the emulator, starting it on first use */
    public static synchronized GsmModemEmulator modem() {
        if (modem == null) {
            modem = new GsmModemEmulator(Clock.systemUTC());
            try {
                server = modem.startTcpOnLoopback();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return modem;
    }

    /** @return the {@code castellan.gsm.port} URL of the emulator */
    public static String url() {
        modem();
        return server.url();
    }
}
