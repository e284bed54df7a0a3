package org.castellan.tem106.link;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One end of an in-memory pair of links (tests, the benchmark, an emulator inside the platform). What one end
 * sends, the other receives, in the chunks it was sent. Counts the {@link #send(byte[])} calls, which for a master
 * is the number of requests. Thread-safe.
 */
public final class InMemoryLink implements Link {
    private static final byte[] CLOSED = new byte[0];

    private final LinkedBlockingQueue<byte[]> inbox;
    private final LinkedBlockingQueue<byte[]> outbox;
    private final AtomicBoolean closed;
    private final AtomicInteger sends = new AtomicInteger();

    private InMemoryLink(LinkedBlockingQueue<byte[]> inbox, LinkedBlockingQueue<byte[]> outbox, AtomicBoolean closed) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.closed = closed;
    }

    /** Two connected ends: the master's and the meter's. */
    public record Pair(InMemoryLink master, InMemoryLink meter) {
    }

    public static Pair pair() {
        LinkedBlockingQueue<byte[]> toMeter = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<byte[]> toMaster = new LinkedBlockingQueue<>();
        AtomicBoolean closed = new AtomicBoolean();
        return new Pair(new InMemoryLink(toMaster, toMeter, closed), new InMemoryLink(toMeter, toMaster, closed));
    }

    @Override
    public void send(byte[] bytes) throws IOException {
        if (closed.get()) {
            throw new IOException("in-memory link is closed");
        }
        sends.incrementAndGet();
        outbox.add(bytes.clone());
    }

    @Override
    public byte[] receive(Duration timeout) throws IOException {
        if (closed.get()) {
            throw new IOException("in-memory link is closed");
        }
        try {
            byte[] chunk = inbox.poll(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
            if (chunk == CLOSED || closed.get()) {
                throw new IOException("in-memory link is closed");
            }
            return chunk == null ? new byte[0] : chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while receiving", e);
        }
    }

    /** How many times this end has sent. */
    public int sends() {
        return sends.get();
    }

    /** Closes both ends: a receive blocked on either returns with an {@link IOException}. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            inbox.add(CLOSED);
            outbox.add(CLOSED);
        }
    }
}
