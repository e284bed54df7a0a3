package org.castellan.notify;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A rule's quiet hours: from {@code from} (inclusive) to {@code to} (exclusive) on the wall clock of {@code zone},
 * spanning midnight when {@code from} is after {@code to} (22:00–07:00). Messages that fall into them are recorded
 * as suppressed ("quiet") instead of sent, except for critical ones. Immutable.
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {
    /** The reason recorded with a message held back by quiet hours. */
    public static final String REASON = "quiet";

    public QuietHours {
        if (from.equals(to)) {
            throw new IllegalArgumentException("quiet hours from " + from + " to the same time cover nothing");
        }
    }

    /** @return whether {@code at} falls into the quiet hours */
    public boolean covers(Instant at) {
        LocalTime time = at.atZone(zone).toLocalTime();
        return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to)
                : !time.isBefore(from) || time.isBefore(to);
    }
}
