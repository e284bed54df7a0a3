package org.castellan.notify;

/** Records messages as deliveries and sends them asynchronously with retries. Thread-safe. */
public interface Outbox {
    /** Records QUEUED (in the caller's transaction when there is one) and returns the delivery id. */
    long enqueue(Message message);
    /** Records SUPPRESSED with the reason (quiet hours, grace), never sent. */
    long suppressed(Message message, String reason);
}
