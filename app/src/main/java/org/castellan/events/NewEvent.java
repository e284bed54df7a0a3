package org.castellan.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An event to append; see {@link Event} for the fields. Start from {@link #of} and add what is known:
 * {@code NewEvent.of(org, at, "device.offline", WARNING, "Boiler room modem: offline").device(id, site, zone)}.
 */
public record NewEvent(long orgId, Instant occurredAt, String type, EventSeverity severity, Long deviceId,
                       Long personId, Long siteId, Long zoneId, String source, String message,
                       Map<String, Object> data) {
    public NewEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (type.isBlank() || type.length() > Event.MAX_TYPE) {
            throw new IllegalArgumentException("event type must be 1.." + Event.MAX_TYPE + " characters: " + type);
        }
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    public static NewEvent of(long orgId, Instant occurredAt, String type, EventSeverity severity, String message) {
        return new NewEvent(orgId, occurredAt, type, severity, null, null, null, null, null, message, Map.of());
    }

    /** The device it happened on, with the device's place. */
    public NewEvent device(long device, Long site, Long zone) {
        return new NewEvent(orgId, occurredAt, type, severity, device, personId, site, zone, source, message, data);
    }

    /** The person it concerns (a card holder, a dispatcher). */
    public NewEvent person(long person) {
        return new NewEvent(orgId, occurredAt, type, severity, deviceId, person, siteId, zoneId, source, message,
                data);
    }

    /** The place when there is no device. */
    public NewEvent place(Long site, Long zone) {
        return new NewEvent(orgId, occurredAt, type, severity, deviceId, personId, site, zone, source, message, data);
    }

    /** The module that reported it when there is no device, e.g. {@code gateway}, {@code alarms}. */
    public NewEvent source(String module) {
        return new NewEvent(orgId, occurredAt, type, severity, deviceId, personId, siteId, zoneId, module, message,
                data);
    }

    public NewEvent data(Map<String, Object> payload) {
        return new NewEvent(orgId, occurredAt, type, severity, deviceId, personId, siteId, zoneId, source, message,
                payload);
    }
}
