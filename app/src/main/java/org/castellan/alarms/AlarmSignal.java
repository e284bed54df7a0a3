package org.castellan.alarms;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A condition a rule (or another package) reports; {@link AlarmService#raise} turns it into a new alarm or a repeat
 * of the open one with the same organization, source and type.
 *
 * @param sourceKey {@code device:<id>}, {@code site:<id>}…; see {@link #device}
 * @param at        when the condition was seen
 */
public record AlarmSignal(long orgId, String type, String sourceKey, Long deviceId, Long siteId, Long zoneId,
                          AlarmSeverity severity, String title, Map<String, Object> details, Instant at) {
    public AlarmSignal {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(at, "at");
        details = details == null ? Map.of() : Map.copyOf(details);
        title = title.length() > 300 ? title.substring(0, 300) : title;
    }

    /** The source key of a device. */
    public static String device(long deviceId) {
        return "device:" + deviceId;
    }
}
