package org.castellan.alarms;

import java.time.Instant;
import java.util.Map;

/**
 * One alarm. Acknowledged and cleared are independent (docs/architecture.md "alarms").
 *
 * @param sourceKey  what it is about: {@code device:<id>}, {@code site:<id>}, {@code manual:<uuid>}
 * @param count      how many times the condition was reported while the alarm was open (1 at first)
 * @param firstAt    when the condition was first reported
 * @param lastAt     when it was last reported
 * @param raisedBy   the user who raised a manual alarm; null for rules
 * @param autoCleared whether the platform cleared it because the condition ended
 * @param repairOrderId the repair order it caused (maintenance), if any
 */
public record Alarm(long id, long orgId, String type, String sourceKey, Long deviceId, Long siteId, Long zoneId,
                    AlarmSeverity severity, String title, Map<String, Object> details, int count, Instant firstAt,
                    Instant lastAt, Long raisedBy, Instant acknowledgedAt, Long acknowledgedBy, Instant clearedAt,
                    Long clearedBy, String clearReason, boolean autoCleared, Long assigneeId, Long repairOrderId,
                    Instant createdAt, Instant updatedAt) {
    public Alarm {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** Whether the condition is still there (not cleared). */
    public boolean active() {
        return clearedAt == null;
    }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
