package org.castellan.gsm.outbox;

/** Where an outbox job is. QUEUED → SENDING → SENT, or → FAILED after the last attempt (or at close). */
public enum JobState {
    /** Waiting for the worker. */
    QUEUED,
    /** The worker is on it: an attempt in progress, or the pause before the next one (then with the last failure). */
    SENDING,
    /** Done: every part sent, or the call placed and hung up. */
    SENT,
    /** Given up: attempts exhausted, or the outbox closed first; the status says why. */
    FAILED;

    /** @return whether the job will not change any more */
    public boolean finished() {
        return this == SENT || this == FAILED;
    }
}
