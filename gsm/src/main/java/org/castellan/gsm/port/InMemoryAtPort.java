package org.castellan.gsm.port;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One end of an in-memory pair of ports (tests, an emulated modem inside the platform's demo). What one end writes,
 * the other reads, in the chunks it was written. Closing either end closes both, as pulling a cable would.
 * Thread-safe.
 */
public final class InMemoryAtPort implements AtPort {

    private static final byte[] CLOSED = new byte[0];

    private final LinkedBlockingQueue<byte[]> inbox;
    private final LinkedBlockingQueue<byte[]> outbox;
    private final AtomicBoolean closed;
    private final String name;

    private InMemoryAtPort(LinkedBlockingQueue<byte[]> inbox, LinkedBlockingQueue<byte[]> outbox,
            AtomicBoolean closed, String name) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.closed = closed;
        this.name = name;
    }

    /** Two connected ends: the computer's (DTE) and the modem's (DCE). */
    public record Pair(InMemoryAtPort computer, InMemoryAtPort modem) {
    }

    /** @return a new connected pair */
    public static Pair pair() {
        LinkedBlockingQueue<byte[]> toModem = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<byte[]> toComputer = new LinkedBlockingQueue<>();
        AtomicBoolean closed = new AtomicBoolean();
        return new Pair(new InMemoryAtPort(toComputer, toModem, closed, "in-memory port (computer end)"),
                new InMemoryAtPort(toModem, toComputer, closed, "in-memory port (modem end)"));
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        if (closed.get()) {
            throw new IOException(name + " is closed");
        }
        outbox.add(bytes.clone());
    }

    @Override
    public byte[] read(Duration timeout) throws IOException {
        if (closed.get()) {
            throw new IOException(name + " is closed");
        }
        try {
            byte[] chunk = inbox.poll(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
            if (chunk == CLOSED || closed.get()) {
                inbox.add(CLOSED); // keep waking any later reader
                throw new IOException(name + " is closed");
            }
            return chunk == null ? new byte[0] : chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + name, e);
        }
    }

    /** @return whether the pair has been closed (from either end) */
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            inbox.add(CLOSED);
            outbox.add(CLOSED);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
