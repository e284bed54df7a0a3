package org.castellan.devices;

import java.time.Instant;

/** What the journal is read by; every part optional. {@code limit} is capped at 1000. */
public record EventFilter(Long orgId, Long deviceId, String type, EventSeverity minSeverity, Instant from,
                          Instant to, int limit) {
    public EventFilter {
        limit = limit <= 0 ? 100 : Math.min(limit, 1000);
    }

    public static EventFilter latest(int limit) {
        return new EventFilter(null, null, null, null, null, null, limit);
    }
}
