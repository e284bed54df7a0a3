package org.castellan.notify;

/**
 * What the delivery log shows: an organization (null for all the caller sees), a status and a channel (null for
 * any), newest first, at most {@code limit}.
 */
public record DeliveryFilter(Long orgId, DeliveryStatus status, ChannelKind channel, Integer limit) {
    public static final int DEFAULT_LIMIT = 200;

    public int rows() {
        return limit == null || limit < 1 ? DEFAULT_LIMIT : Math.min(limit, 1000);
    }
}
