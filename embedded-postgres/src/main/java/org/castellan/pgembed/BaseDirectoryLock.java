package org.castellan.pgembed;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exclusive ownership of a base directory, held from the start of {@code start()} until the server is stopped.
 *
 * <p>An OS file lock on {@code <base>/.lock} serialises unpacking and initdb between JVMs, and, because it is held
 * for the server's whole life and released by the kernel when a JVM dies, it tells a live owner apart from a
 * server orphaned by a killed JVM: only the latter may be stopped by a new start.
 *
 * <p>Within one JVM a static registry is checked first. That is not just a shortcut: with POSIX locks, closing
 * <em>any</em> channel on the lock file would release the lock held through another channel of the same JVM, so
 * a second channel must never be opened while the directory is owned. Thread-safe; {@link #close()} is idempotent.
 */
final class BaseDirectoryLock implements AutoCloseable {

    private static final Set<Path> OWNED_IN_THIS_JVM = ConcurrentHashMap.newKeySet();
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean closed;

    private BaseDirectoryLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes ownership of {@code baseDirectory}, waiting up to {@code timeout} for another process to release it.
     *
     * @throws EmbeddedPostgresException if this JVM already owns it, or another process kept it for {@code timeout}
     */
    static BaseDirectoryLock acquire(Path baseDirectory, Duration timeout) throws EmbeddedPostgresException {
        Path key;
        try {
            key = baseDirectory.toRealPath();
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not resolve base directory " + baseDirectory, e);
        }
        if (!OWNED_IN_THIS_JVM.add(key)) {
            throw new EmbeddedPostgresException("Base directory " + key + " is already used by another running"
                    + " EmbeddedPostgres in this JVM; close it first or use a different base directory.");
        }
        try {
            return lockFile(key, timeout);
        } catch (EmbeddedPostgresException | RuntimeException e) {
            OWNED_IN_THIS_JVM.remove(key);
            throw e;
        }
    }

    private static BaseDirectoryLock lockFile(Path key, Duration timeout) throws EmbeddedPostgresException {
        Path file = key.resolve(".lock");
        Instant deadline = Instant.now().plus(timeout);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                for (FileLock lock = channel.tryLock(); ; lock = channel.tryLock()) {
                    if (lock != null) {
                        return new BaseDirectoryLock(key, channel, lock);
                    }
                    if (Instant.now().isAfter(deadline)) {
                        throw new EmbeddedPostgresException("Base directory " + key + " is in use by another process"
                                + " (it holds a lock on " + file + "); waited " + timeout + ".");
                    }
                    Thread.sleep(POLL_INTERVAL);
                }
            } catch (Exception e) { // precise rethrow: only what the loop above can throw
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not lock " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedPostgresException("Interrupted while waiting for the lock on " + file, e);
        }
    }

    /** Releases ownership. Never throws: a lock that cannot be released is released when the JVM exits anyway. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            System.getLogger(BaseDirectoryLock.class.getName())
                    .log(System.Logger.Level.WARNING, "Could not release the lock on " + key + "/.lock", e);
        } finally {
            OWNED_IN_THIS_JVM.remove(key);
        }
    }
}
