package org.castellan.gsm.emulator;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.castellan.gsm.port.AtPort;

/**
 * The master side of a pseudo-terminal as an {@link AtPort}: what a program writes to the slave ({@code /dev/pts/N})
 * arrives here, and what is written here comes out of the slave, as from a modem on {@code /dev/ttyUSB0}.
 *
 * <p>Keeps a descriptor of the slave open itself, in raw mode, so that the master sees no hang-up between clients and
 * no line discipline mangles the bytes (CR to LF, echo). One thread writes and reads; {@link #close()} from any.
 */
final class PtyAtPort implements AtPort {

    private final int master;
    private final int slave;
    private final String slavePath;
    private final byte[] buffer = new byte[512];
    private final AtomicBoolean closed = new AtomicBoolean();

    private PtyAtPort(int master, int slave, String slavePath) {
        this.master = master;
        this.slave = slave;
        this.slavePath = slavePath;
    }

    /**
     * Opens a new pseudo-terminal pair.
     *
     * @throws IOException when the system has no pseudo-terminals ({@code /dev/ptmx}) or refuses one
     */
    static PtyAtPort open() throws IOException {
        PosixPty libc = PosixPty.libc();
        int master = libc.posix_openpt(PosixPty.O_RDWR | PosixPty.O_NOCTTY);
        if (master < 0) {
            throw new IOException("posix_openpt failed: errno " + Native.getLastError());
        }
        if (libc.grantpt(master) != 0 || libc.unlockpt(master) != 0) {
            libc.close(master);
            throw new IOException("grantpt/unlockpt failed: errno " + Native.getLastError());
        }
        String path = libc.ptsname(master);
        int slave = path == null ? -1 : libc.open(path, PosixPty.O_RDWR | PosixPty.O_NOCTTY);
        if (slave < 0) {
            libc.close(master);
            throw new IOException("cannot open pty slave " + path + ": errno " + Native.getLastError());
        }
        PosixPty.makeRaw(slave);
        return new PtyAtPort(master, slave, path);
    }

    /** The device a serial client opens, e.g. {@code /dev/pts/3}. */
    String slavePath() {
        return slavePath;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        int done = 0;
        while (done < bytes.length) {
            byte[] rest = Arrays.copyOfRange(bytes, done, bytes.length);
            long n = PosixPty.libc().write(master, rest, rest.length);
            if (n < 0 || closed.get()) {
                throw new IOException("pty write failed: errno " + Native.getLastError());
            }
            done += (int) n;
        }
    }

    @Override
    public byte[] read(Duration timeout) throws IOException {
        if (closed.get()) {
            throw new IOException("pty " + slavePath + " is closed");
        }
        try (Memory pollfd = new Memory(8)) {
            pollfd.setInt(0, master);
            pollfd.setShort(4, PosixPty.POLLIN);
            pollfd.setShort(6, (short) 0);
            int ready = PosixPty.libc().poll(pollfd, 1, (int) Math.clamp(timeout.toMillis(), 0, Integer.MAX_VALUE));
            if (ready < 0) {
                throw new IOException("poll on pty failed: errno " + Native.getLastError());
            }
            if (ready == 0 || (pollfd.getShort(6) & PosixPty.POLLIN) == 0) {
                return new byte[0];
            }
        }
        long n = PosixPty.libc().read(master, buffer, buffer.length);
        if (n < 0) {
            throw new IOException("pty read failed: errno " + Native.getLastError());
        }
        return Arrays.copyOf(buffer, (int) n);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            PosixPty.libc().close(slave);
            PosixPty.libc().close(master);
        }
    }

    @Override
    public String toString() {
        return "pty " + slavePath;
    }
}
