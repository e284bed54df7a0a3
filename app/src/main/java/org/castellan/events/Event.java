package org.castellan.events;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the event journal.
 *
 * @param type       dotted kind owned by the module that writes it, e.g. {@code device.offline}, {@code modem.gpi},
 *                   {@code alarm.raised}
 * @param occurredAt when it happened (by the device's clock where the device says so)
 * @param recordedAt when the platform stored it
 * @param deviceId   the device it happened on, if any
 * @param personId   the person it concerns, if any
 * @param siteId     where (the device's site, or the place given)
 * @param zoneId     where within the site
 * @param source     the module that reported it, e.g. {@code gateway}, {@code alarms}
 * @param data       the payload, kind-specific
 */
public record Event(long id, long orgId, Instant occurredAt, Instant recordedAt, String type, EventSeverity severity,
                    Long deviceId, Long personId, Long siteId, Long zoneId, String source, String message,
                    Map<String, Object> data) {
    /** The longest event type the journal takes. */
    public static final int MAX_TYPE = 64;

    public Event {
        data = Map.copyOf(data);
    }
}
