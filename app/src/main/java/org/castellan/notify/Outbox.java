package org.castellan.notify;
public interface Outbox {
    long enqueue(Message message);               // QUEUED, sent asynchronously with retries
    long suppressed(Message message, String reason); // recorded, never sent (quiet hours, grace)
}
