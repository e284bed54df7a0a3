package org.castellan.notify;

import java.util.concurrent.CompletableFuture;

/**
 * Sends SMS; implemented over the local GSM modem's outbox when {@code castellan.gsm.port} is set.
 *
 * <p><b>Threading:</b> thread-safe; {@link #send} queues and returns at once.
 */
public interface SmsGateway {
    /**
     * Queues a message.
     *
     * @return completes when the modem accepted every part, exceptionally when it finally failed
     */
    CompletableFuture<Void> send(String number, String text);
}
