package org.castellan.tem106.emulator;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults queued for the next replies: each reply the meter is about to send takes the next fault, if any.
 * Thread-safe.
 */
public final class FaultPlan {
    private final ConcurrentLinkedQueue<Fault> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger applied = new AtomicInteger();

    /** Queues faults for the next replies, one each, in order. */
    public void inject(Fault... faults) {
        queue.addAll(List.of(faults));
    }

    /** Faults applied so far. */
    public int applied() {
        return applied.get();
    }

    /** Faults still waiting for a reply. */
    public int pending() {
        return queue.size();
    }

    Optional<Fault> next() {
        Fault fault = queue.poll();
        if (fault != null) {
            applied.incrementAndGet();
        }
        return Optional.ofNullable(fault);
    }
}
