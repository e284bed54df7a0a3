package org.castellan.gsm.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox queues and retries.
 *
 * @param capacity          jobs that may wait (not counting the one in progress); a submit beyond is refused
 * @param maxAttempts       attempts per job, at least 1 (default 3)
 * @param firstBackoff      pause before the second attempt (default 5 s)
 * @param backoffMultiplier factor between successive pauses, at least 1 (default 2)
 * @param maxBackoff        longest pause (default 1 min)
 * @param history           finished jobs whose status is kept for {@link GsmOutbox#status} (default 1000)
 */
public record OutboxSettings(int capacity, int maxAttempts, Duration firstBackoff, double backoffMultiplier,
        Duration maxBackoff, int history) {

    public OutboxSettings {
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (capacity < 1) {
            throw new IllegalArgumentException("outbox capacity must be at least 1, not " + capacity);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be 0 ≤ first ≤ max, not " + firstBackoff + " and "
                    + maxBackoff);
        }
        if (!(backoffMultiplier >= 1.0) || Double.isInfinite(backoffMultiplier)) {
            throw new IllegalArgumentException("backoffMultiplier must be at least 1, not " + backoffMultiplier);
        }
        if (history < 0) {
            throw new IllegalArgumentException("history must not be negative, not " + history);
        }
    }

    /** 100 waiting jobs, 3 attempts, 5 s then 10 s between them (at most 1 min), 1000 finished jobs remembered. */
    public static OutboxSettings defaults() {
        return new OutboxSettings(100, 3, Duration.ofSeconds(5), 2.0, Duration.ofMinutes(1), 1000);
    }

    /** @return these settings with another capacity */
    public OutboxSettings withCapacity(int newCapacity) {
        return new OutboxSettings(newCapacity, maxAttempts, firstBackoff, backoffMultiplier, maxBackoff, history);
    }

    /** @return these settings with other attempts and backoff */
    public OutboxSettings withRetries(int attempts, Duration first, double multiplier, Duration max) {
        return new OutboxSettings(capacity, attempts, first, multiplier, max, history);
    }

    /** @return the pause before attempt {@code attempt} (2 or more): first × multiplier^(attempt − 2), at most max */
    public Duration backoffBefore(int attempt) {
        if (attempt < 2) {
            return Duration.ZERO;
        }
        double nanos = firstBackoff.toNanos() * Math.pow(backoffMultiplier, attempt - 2);
        return nanos >= maxBackoff.toNanos() ? maxBackoff : Duration.ofNanos((long) nanos);
    }
}
