package org.castellan.alarms;

/**
 * What alarm lists are filtered by; nulls mean any.
 *
 * @param state {@code unacknowledged} or {@code acknowledged}; anything else means any
 */
public record AlarmFilter(Long orgId, Long siteId, AlarmSeverity severity, String state) {
    public static AlarmFilter all() {
        return new AlarmFilter(null, null, null, null);
    }

    Boolean acknowledged() {
        if ("acknowledged".equals(state)) {
            return true;
        }
        return "unacknowledged".equals(state) ? false : null;
    }
}
