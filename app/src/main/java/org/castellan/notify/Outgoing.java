package org.castellan.notify;

import java.util.Map;

/** A claimed delivery with the JSON payload that webhook and MQTT send along; what a {@link ChannelSender} gets. */
record Outgoing(Delivery delivery, Map<String, Object> payload) {
    Outgoing {
        payload = payload == null ? Map.of() : Map.copyOf(payload);
    }
}
