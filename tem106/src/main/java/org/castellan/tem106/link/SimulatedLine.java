package org.castellan.tem106.link;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.locks.LockSupport;

/**
 * A link that behaves like a slow line in front of another link: every byte takes 10 bit times (8N1) in either
 * direction, and a reply starts one round trip after the request's last byte left. Used to measure the reader
 * against the wire-time lower bound, and to give the demo's meters a believable pace.
 *
 * <p>Time is real (monotonic {@link System#nanoTime()}); sending blocks for the transmission time. Same threading
 * as the wrapped link.
 */
public final class SimulatedLine implements Link {
    private final Link inner;
    private final int baud;
    private final long byteNanos;
    private final long roundTripNanos;
    private final ArrayDeque<long[]> pending = new ArrayDeque<>();
    private long replyNotBefore;
    private long lastVisible;

    /**
     * @param inner     the link that carries the bytes (e.g. an in-memory link to the emulator)
     * @param baud      line speed, bits per second
     * @param roundTrip latency added once per request/reply turn (modem, radio, network)
     */
    public SimulatedLine(Link inner, int baud, Duration roundTrip) {
        this.inner = inner;
        this.baud = baud;
        this.byteNanos = 10_000_000_000L / baud;
        this.roundTripNanos = roundTrip.toNanos();
    }

    /** The time {@code bytes} take on the line: 10 bits each. */
    public Duration wireTime(long bytes) {
        return Duration.ofNanos(bytes * 10_000_000_000L / baud);
    }

    @Override
    public void send(byte[] bytes) throws IOException {
        long done = System.nanoTime() + wireTime(bytes.length).toNanos();
        parkUntil(done);
        inner.send(bytes);
        replyNotBefore = done + roundTripNanos;
        lastVisible = replyNotBefore;
    }

    @Override
    public byte[] receive(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
        while (true) {
            if (pending.isEmpty()) {
                schedule(inner.receive(Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))));
                if (pending.isEmpty()) {
                    return new byte[0];
                }
            }
            byte[] visible = takeVisible(System.nanoTime());
            if (visible.length > 0) {
                return visible;
            }
            long next = pending.peekFirst()[1];
            if (next > deadline) {
                parkUntil(deadline);
                return new byte[0];
            }
            parkUntil(next);
        }
    }

    private void schedule(byte[] chunk) {
        for (byte b : chunk) {
            lastVisible = Math.max(lastVisible, replyNotBefore) + byteNanos;
            pending.addLast(new long[] {b, lastVisible});
        }
    }

    private byte[] takeVisible(long now) {
        int n = 0;
        for (long[] entry : pending) {
            if (entry[1] > now) {
                break;
            }
            n++;
        }
        byte[] visible = new byte[n];
        for (int i = 0; i < n; i++) {
            visible[i] = (byte) pending.pollFirst()[0];
        }
        return visible;
    }

    private static void parkUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
