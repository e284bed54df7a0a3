package org.castellan.notify;

/**
 * A delivery attempt failed; the message is what the delivery log shows as the reason.
 *
 * @see ChannelSender
 */
class DeliveryException extends Exception {
    private final boolean permanent;

    DeliveryException(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    static DeliveryException retry(String reason) {
        return new DeliveryException(reason, false);
    }

    /** A failure that another attempt cannot fix (no such endpoint, channel not configured). */
    static DeliveryException permanent(String reason) {
        return new DeliveryException(reason, true);
    }

    boolean permanent() {
        return permanent;
    }
}
