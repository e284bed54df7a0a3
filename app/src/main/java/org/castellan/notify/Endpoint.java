package org.castellan.notify;

import java.time.Instant;

/**
 * A webhook URL or an MQTT topic of an organization that notifications can go to (table
 * {@code notification_endpoint}). The webhook's HMAC secret is never shown back: {@code secretHint} keeps its last
 * characters only, for a person to recognise it.
 *
 * @param kind  {@link ChannelKind#WEBHOOK} or {@link ChannelKind#MQTT}
 * @param url   the webhook's URL (null for MQTT)
 * @param topic the MQTT topic (null for webhooks)
 */
public record Endpoint(long id, long orgId, ChannelKind kind, String name, String url, String topic,
                       String secretHint, boolean enabled, Instant createdAt, Instant updatedAt) {

    /** @return what a delivery to this endpoint is addressed to ({@link Message#address()}) */
    public String address() {
        return Long.toString(id);
    }
}
