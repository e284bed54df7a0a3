package org.castellan.tem106.emulator;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import org.castellan.tem106.link.Link;

/**
 * The master side of a pseudo-terminal as a {@link Link}: what a program writes to the slave ({@code /dev/pts/N})
 * arrives here, and what is sent here comes out of the slave, as from a meter on {@code /dev/ttyUSB0}.
 *
 * <p>Keeps a descriptor of the slave open itself, in raw mode, so that the master does not see a hang-up between
 * clients and no line discipline mangles the bytes. One thread sends and receives; {@link #close()} from any.
 */
final class PtyLink implements Link {
    private final int master;
    private final int slave;
    private final String slavePath;
    private final byte[] buffer = new byte[512];
    private final AtomicBoolean closed = new AtomicBoolean();

    private PtyLink(int master, int slave, String slavePath) {
        this.master = master;
        this.slave = slave;
        this.slavePath = slavePath;
    }

    /**
     * Opens a new pseudo-terminal pair.
     *
     * @throws IOException when the system has no pseudo-terminals ({@code /dev/ptmx}) or refuses one
     */
    static PtyLink open() throws IOException {
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
        int slave = libc.open(path, PosixPty.O_RDWR | PosixPty.O_NOCTTY);
        if (path == null || slave < 0) {
            libc.close(master);
            throw new IOException("cannot open pty slave " + path + ": errno " + Native.getLastError());
        }
        PosixPty.makeRaw(slave);
        return new PtyLink(master, slave, path);
    }

    /** The device a serial client opens, e.g. {@code /dev/pts/3}. */
    String slavePath() {
        return slavePath;
    }

    @Override
    public void send(byte[] bytes) throws IOException {
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
    public byte[] receive(Duration timeout) throws IOException {
        if (closed.get()) {
            throw new IOException("pty is closed");
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
}
