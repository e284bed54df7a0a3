package org.castellan.gsm.outbox;

import java.util.concurrent.RejectedExecutionException;

/** The outbox already holds as many waiting jobs as its capacity allows; the job was not accepted. */
public final class OutboxFullException extends RejectedExecutionException {

    private final int capacity;

    OutboxFullException(int capacity, String job) {
        super("GSM outbox is full (" + capacity + " jobs waiting for the modem): refused " + job);
        this.capacity = capacity;
    }

    /** @return the outbox's capacity */
    public int capacity() {
        return capacity;
    }
}
