package org.castellan.notify;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * A stand-in {@link Outbox} that keeps the messages in memory, so that the notification rules can be built and
 * tested before the delivery log (V10, the other half of {@code notify}) exists. The integrator replaces it with
 * the real outbox when both halves are merged.
 *
 * <p><b>Threading:</b> thread-safe.
 */
@Component
public class RecordingOutbox implements Outbox {
    /** A message recorded as suppressed, with the reason (e.g. {@code quiet}, {@code grace}). */
    public record Suppressed(Message message, String reason) {
    }

    private final AtomicLong ids = new AtomicLong();
    private final List<Message> taken = new CopyOnWriteArrayList<>();
    private final List<Suppressed> suppressed = new CopyOnWriteArrayList<>();

    @Override
    public long enqueue(Message message) {
        taken.add(message);
        return ids.incrementAndGet();
    }

    @Override
    public long suppressed(Message message, String reason) {
        suppressed.add(new Suppressed(message, reason));
        return ids.incrementAndGet();
    }

    /** @return the messages queued for sending so far, oldest first */
    public List<Message> taken() {
        return List.copyOf(taken);
    }

    /** @return the messages recorded as suppressed so far, oldest first */
    public List<Suppressed> suppressedMessages() {
        return List.copyOf(suppressed);
    }

    public void clear() {
        taken.clear();
        suppressed.clear();
    }
}
