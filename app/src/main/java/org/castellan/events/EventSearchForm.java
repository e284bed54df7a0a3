package org.castellan.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The console's event search form: times as the viewer enters them (datetime-local, in their own zone).
 *
 * @param after the cursor of the page to continue from
 */
public record EventSearchForm(Long orgId, Long siteId, Long deviceId, Long personId, String type,
                              EventSeverity minSeverity, String q,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
                              String after) {
    static final int PAGE = 100;

    EventFilter filter(ZoneId zone) {
        return EventApi.filter(orgId, siteId, null, deviceId, personId, type, minSeverity, q, instant(from, zone),
                instant(to, zone)).limit(PAGE);
    }

    private static Instant instant(LocalDateTime t, ZoneId zone) {
        return t == null ? null : t.atZone(zone).toInstant();
    }
}
