package org.castellan.gsm.outbox;

import java.util.Objects;

/**
 * How an {@link OutboxJob}'s future fails: the job's final status (FAILED, with the reason and the attempts made) and,
 * as the cause, the last attempt's exception (a {@code GsmModemException}), if there was an attempt.
 */
public final class JobFailedException extends Exception {

    private final JobStatus status;

    JobFailedException(JobStatus status, Throwable lastFailure) {
        super("GSM outbox job " + status.id() + " (" + status.kind() + " to " + status.number() + ") failed after "
                + status.attempts() + " attempt(s): " + status.failure().orElse("no reason"), lastFailure);
        this.status = Objects.requireNonNull(status, "status");
    }

    /** @return the job's final status */
    public JobStatus status() {
        return status;
    }
}
