package org.castellan.notify;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A claimed delivery with the JSON payload that webhook and MQTT send along; what a {@link ChannelSender} gets.
 * The payload keeps null values (an alarm without a device says {@code "deviceId": null}), which {@code Map.copyOf}
 * refuses — and a refused row once failed the whole claim, leaving the batch it was in leased and unsent.
 */
record Outgoing(Delivery delivery, Map<String, Object> payload) {
    Outgoing {
        payload = payload == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    }
}
