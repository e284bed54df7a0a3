package org.castellan.metering;

import java.time.Instant;

/**
 * One read of one meter in the queue ({@code read_job}).
 *
 * @param priority    higher first: {@link ReadQueue#ON_DEMAND_PRIORITY} for a person's "read now"
 * @param state       QUEUED, RUNNING, DONE or FAILED
 * @param done        progress: archive periods asked for so far (or steps)
 * @param total       archive periods to ask for (or steps); 0 until known
 * @param records     records stored by this job
 * @param requestedBy the login of the person who asked, or null for the plan
 */
public record ReadJob(long id, long meterId, String line, ReadKind what, int priority, String state, int attempts,
        Instant nextAttemptAt, String claimedBy, int done, int total, int records, String error, String requestedBy,
        Instant createdAt, Instant startedAt, Instant finishedAt) {

    public boolean finished() {
        return "DONE".equals(state) || "FAILED".equals(state);
    }

    /** Percent done, 0..100; 0 while the total is unknown. */
    public int percent() {
        return total <= 0 ? (finished() ? 100 : 0) : Math.min(100, done * 100 / total);
    }
}
