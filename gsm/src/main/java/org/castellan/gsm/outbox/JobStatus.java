package org.castellan.gsm.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of one outbox job, as the listener receives it and {@link GsmOutbox#status} returns it. Immutable.
 *
 * @param id        the job's number in this outbox, from 1
 * @param kind      SMS or call
 * @param number    who the message or call is for, as given
 * @param state     where the job is
 * @param attempts  attempts started so far
 * @param failure   why the last attempt failed (while SENDING between attempts, and when FAILED); the modem's error
 *                  naming the command, e.g. {@code AT+CMGS=23: +CMS ERROR: 500 (unknown error)}
 * @param queuedAt  when the job was accepted, by the outbox's clock
 * @param updatedAt when this snapshot was taken, by the outbox's clock
 */
public record JobStatus(long id, JobKind kind, String number, JobState state, int attempts, Optional<String> failure,
        Instant queuedAt, Instant updatedAt) {

    public JobStatus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(queuedAt, "queuedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    JobStatus next(JobState newState, int newAttempts, Optional<String> newFailure, Instant at) {
        return new JobStatus(id, kind, number, newState, newAttempts, newFailure, queuedAt, at);
    }
}
