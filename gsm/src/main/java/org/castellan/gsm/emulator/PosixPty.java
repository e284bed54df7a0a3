package org.castellan.gsm.emulator;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * The few C library calls a pseudo-terminal needs (POSIX: {@code posix_openpt}, {@code grantpt}, {@code unlockpt},
 * {@code ptsname}; termios raw mode; {@code poll}, {@code read}, {@code write}, {@code close}), through JNA.
 * Linux x86-64 and aarch64 constants. A copy of tem106's (package-private there); one shared module for both is left
 * for when a third emulator needs a pty.
 */
interface PosixPty extends Library {
    int O_RDWR = 2;
    int O_NOCTTY = 0x100;
    short POLLIN = 1;
    int TCSANOW = 0;

    /** Loaded on first use, so a platform without a C library fails only when a pty is asked for. */
    static PosixPty libc() {
        return Holder.LIBC;
    }

    int posix_openpt(int flags);

    int grantpt(int fd);

    int unlockpt(int fd);

    String ptsname(int fd);

    int open(String path, int flags);

    int close(int fd);

    long read(int fd, byte[] buffer, long count);

    long write(int fd, byte[] buffer, long count);

    /** {@code fds} is an array of {@code struct pollfd {int fd; short events; short revents;}}. */
    int poll(Pointer fds, long count, int timeoutMillis);

    int tcgetattr(int fd, Pointer termios);

    void cfmakeraw(Pointer termios);

    int tcsetattr(int fd, int action, Pointer termios);

    /** Puts the terminal on {@code fd} in raw mode: no echo, no line editing, no character translation. */
    static void makeRaw(int fd) {
        try (Memory termios = new Memory(256)) {
            termios.clear();
            if (libc().tcgetattr(fd, termios) != 0) {
                throw new IllegalStateException("tcgetattr failed: errno " + Native.getLastError());
            }
            libc().cfmakeraw(termios);
            if (libc().tcsetattr(fd, TCSANOW, termios) != 0) {
                throw new IllegalStateException("tcsetattr failed: errno " + Native.getLastError());
            }
        }
    }

    /** Lazy holder for the library instance. */
    final class Holder {
        private static final PosixPty LIBC = Native.load("c", PosixPty.class);

        private Holder() {
        }
    }
}
