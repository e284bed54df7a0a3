package org.castellan.tem106.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves a {@link VirtualMeter} on a pseudo-terminal: a serial client (jSerialComm, minicom, a vendor's program)
 * opens {@link #devicePath()} as it would open {@code /dev/ttyUSB0}. Baud rate settings of the client are accepted
 * and ignored (a pty moves bytes at memory speed).
 *
 * <p><b>Lifecycle:</b> serving once {@link #start} returns, until {@link #close()}. Linux (or another POSIX system
 * with {@code /dev/ptmx}) only. Thread-safe.
 */
public final class PtyEmulator implements AutoCloseable {
    private final PtyLink link;
    private final MeterConnection connection;
    private final Thread thread;

    private PtyEmulator(VirtualMeter meter, PtyLink link) {
        this.link = link;
        this.connection = new MeterConnection(meter, link);
        this.thread = Thread.ofPlatform().daemon().name("tem106-emulator-pty").start(connection);
    }

    /** Whether this system offers pseudo-terminals at all. */
    public static boolean available() {
        return Files.exists(Path.of("/dev/ptmx"));
    }

    /**
     * Opens a pseudo-terminal and serves {@code meter} on it.
     *
     * @throws IOException when no pseudo-terminal can be had
     */
    public static PtyEmulator start(VirtualMeter meter) throws IOException {
        return new PtyEmulator(meter, PtyLink.open());
    }

    /** The slave device to open, e.g. {@code /dev/pts/3}. */
    public String devicePath() {
        return link.slavePath();
    }

    @Override
    public void close() {
        // not stop(): closing the descriptor under a poll() in progress could let the number be reused meanwhile
        connection.halt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
