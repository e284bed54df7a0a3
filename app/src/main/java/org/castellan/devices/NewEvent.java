package org.castellan.devices;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** An event to append; see {@link Event} for the fields. */
public record NewEvent(long orgId, Instant occurredAt, String type, EventSeverity severity, Long deviceId,
                       Long siteId, String source, String message, Map<String, Object> data) {
    public NewEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
