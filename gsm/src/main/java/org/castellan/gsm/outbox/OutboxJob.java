package org.castellan.gsm.outbox;

import java.util.concurrent.CompletableFuture;

/**
 * A job the outbox accepted: its id, its current status, and its result.
 *
 * @param <T> the result: the message references of the parts for an SMS, the {@code CallOutcome} for a call
 */
public interface OutboxJob<T> {

    /** @return the job's number in its outbox */
    long id();

    /** @return the job's status now */
    JobStatus status();

    /**
     * @return completes on the outbox's worker thread with the result when SENT, or exceptionally with a
     *     {@link JobFailedException} when FAILED. Cancelling it does not stop the job (listen or poll the status).
     */
    CompletableFuture<T> result();
}
