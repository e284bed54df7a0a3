package org.castellan.gsm.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves a {@link GsmModemEmulator} on a pseudo-terminal: a serial client (jSerialComm, minicom) opens
 * {@link #devicePath()} as it would {@code /dev/ttyUSB0}, so the real serial port code is tested against the emulator.
 * The client's baud rate is accepted and ignored (a pty moves bytes at memory speed).
 *
 * <p><b>Lifecycle:</b> serving once started, until {@link #close()}. Linux (or another POSIX system with
 * {@code /dev/ptmx}) only. The serving thread is a platform thread: it blocks in {@code poll(2)} through JNA.
 */
public final class PtyModemServer implements AutoCloseable {

    private final PtyAtPort port;
    private final EmulatorConnection connection;
    private final Thread thread;

    private PtyModemServer(EmulatedModem modem, PtyAtPort port) {
        this.port = port;
        this.connection = new EmulatorConnection(modem, port);
        this.thread = Thread.ofPlatform().daemon().name("gsm-emulator-pty").start(connection);
    }

    /** @return whether this system offers pseudo-terminals at all */
    public static boolean available() {
        return Files.exists(Path.of("/dev/ptmx"));
    }

    static PtyModemServer start(EmulatedModem modem) throws IOException {
        return new PtyModemServer(modem, PtyAtPort.open());
    }

    /** @return the slave device to open, e.g. {@code /dev/pts/3} */
    public String devicePath() {
        return port.slavePath();
    }

    /** @return the URL a {@code GsmModem} opens: {@code serial:/dev/pts/3?baud=115200} */
    public String url() {
        return "serial:" + devicePath() + "?baud=115200";
    }

    @Override
    public void close() {
        // not stop(): closing the descriptor under a poll() in progress could let its number be reused meanwhile
        connection.halt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
