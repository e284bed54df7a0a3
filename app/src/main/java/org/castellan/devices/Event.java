package org.castellan.devices;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the event journal.
 *
 * @param type       dotted name owned by the module that writes it, e.g. {@code device.online}
 * @param occurredAt when it happened (by the device's clock where the device says so)
 * @param recordedAt when the platform stored it
 * @param source     origin when there is no device, e.g. {@code gateway}
 */
public record Event(long id, long orgId, Instant occurredAt, Instant recordedAt, String type, EventSeverity severity,
                    Long deviceId, Long siteId, String source, String message, Map<String, Object> data) {
    public Event {
        data = Map.copyOf(data);
    }
}
