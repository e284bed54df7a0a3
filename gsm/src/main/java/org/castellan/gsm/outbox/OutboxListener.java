package org.castellan.gsm.outbox;

/**
 * Hears every change of every job: QUEUED (on the submitting thread, before the submit call returns), then on the
 * outbox's worker thread SENDING when an attempt starts, SENDING again with the failure when an attempt fails and
 * another will follow, and finally SENT or FAILED. The platform records these in its journal.
 *
 * <p>Must be quick and must not call back into the outbox's blocking methods; an exception it throws is logged and
 * does not disturb the job.
 */
@FunctionalInterface
public interface OutboxListener {

    /** Ignores every change. */
    OutboxListener NONE = status -> { };

    void changed(JobStatus status);
}
