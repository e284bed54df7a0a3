package org.castellan.gsm.modem;

import java.io.IOException;
import java.time.Clock;
import org.castellan.gsm.emulator.PtyModemServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link ConversationContract} through the real serial port code (jSerialComm, {@code serial:/dev/pts/N?baud=115200})
 * to the emulator behind a pseudo-terminal, as to a modem on {@code /dev/ttyUSB0}. Skipped, loudly, only where the OS
 * has no pseudo-terminals.
 */
class SerialPtyConversationTest extends ConversationContract {

    private PtyModemServer pty;

    @BeforeEach
    void startPty() {
        String unavailable = null;
        if (!PtyModemServer.available()) {
            unavailable = "/dev/ptmx does not exist";
        } else {
            try {
                pty = emulator.startPty();
            } catch (IOException | RuntimeException | LinkageError e) {
                unavailable = "no pseudo-terminal could be opened: " + e;
            }
        }
        if (unavailable != null) {
            System.err.println("!!! SerialPtyConversationTest SKIPPED: " + unavailable
                    + " — the serial port code is NOT tested against the emulator on this machine !!!");
        }
        Assumptions.assumeTrue(unavailable == null, unavailable);
    }

    @AfterEach
    void stopPty() {
        if (pty != null) {
            pty.close();
        }
    }

    @Override
    protected GsmModem open(ModemSettings settings) throws GsmModemException {
        return GsmModem.open(pty.url(), settings, Clock.systemUTC());
    }
}
