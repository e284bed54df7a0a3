package org.castellan.gateway.bench;

import java.net.SocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.castellan.gateway.ModemSession;
import org.castellan.gateway.OfflineReason;
import org.castellan.gateway.SessionKey;
import org.castellan.gateway.SessionListener;

/**
 * Counts sessions online from the listener's events, and for the reconnect storm which sessions identified again
 * since a mark and when the last of them did. Called on event loops: only lock-free updates.
 */
final class SessionTally implements SessionListener {

    /** What a mark collects: the sessions back since then and when the target count was reached. */
    private record Mark(long startNanos, int target, Set<SessionKey> back, CountDownLatch reached,
                        long[] reachedNanos) {
    }

    private final AtomicInteger online = new AtomicInteger();
    private volatile Mark mark;

    /** @return sessions with an open connection now */
    int online() {
        return online.get();
    }

    /** From now on, counts sessions identifying (new, or replacing an open connection) until {@code target}. */
    void mark(int target) {
        mark = new Mark(System.nanoTime(), target, ConcurrentHashMap.newKeySet(), new CountDownLatch(1),
                new long[1]);
    }

    /**
     * Waits until {@code target} distinct sessions identified since the mark.
     *
     * @return how long after the mark the last of them identified, or null if not within {@code timeout}
     */
    Duration awaitBack(Duration timeout) throws InterruptedException {
        Mark m = mark;
        if (m == null || !m.reached().await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return null;
        }
        return Duration.ofNanos(m.reachedNanos()[0] - m.startNanos());
    }

    /** @return distinct sessions identified since the mark */
    int back() {
        Mark m = mark;
        return m == null ? 0 : m.back().size();
    }

    @Override
    public void identified(ModemSession session) {
        online.incrementAndGet();
        back(session.key());
    }

    @Override
    public void replaced(ModemSession session, SocketAddress previous) {
        back(session.key());
    }

    @Override
    public void offline(ModemSession session, OfflineReason reason) {
        online.decrementAndGet();
    }

    private void back(SessionKey key) {
        Mark m = mark;
        if (m != null && m.back().add(key) && m.back().size() == m.target()) {
            long now = System.nanoTime();
            m.reachedNanos()[0] = now; // published by the latch
            m.reached().countDown();
        }
    }
}
