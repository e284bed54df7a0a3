package org.castellan.notify;

/**
 * Sends one delivery through one channel. Implementations block until the message was handed over (SMTP server,
 * GSM modem, HTTP receiver, MQTT broker) and are called from the {@link DeliveryWorker}'s virtual threads.
 *
 * <p><b>Threading:</b> thread-safe.
 */
interface ChannelSender {
    ChannelKind kind();

    /** @throws DeliveryException when it was not handed over; {@code permanent()} when retrying cannot help */
    void send(Outgoing outgoing) throws DeliveryException;
}
