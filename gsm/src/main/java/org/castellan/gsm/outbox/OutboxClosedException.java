package org.castellan.gsm.outbox;

import java.util.concurrent.RejectedExecutionException;

/** The outbox is closed (or closing); the job was not accepted. */
public final class OutboxClosedException extends RejectedExecutionException {

    OutboxClosedException(String job) {
        super("GSM outbox is closed: refused " + job);
    }
}
