package org.castellan.events;

import java.time.Instant;
import java.util.Locale;

/**
 * What the journal is searched by; every part optional. Build from {@link #latest} with the {@code with}-style
 * methods: {@code EventFilter.latest(50).site(siteId).type("access.*").text("Иванов")}.
 *
 * @param type     an exact type ({@code device.offline}) or a prefix ending in {@code *} ({@code alarm.*})
 * @param text     words the message contains (case-insensitive)
 * @param from     inclusive
 * @param to       exclusive
 * @param after    the cursor of the previous page's last event
 * @param limit    page size, 1..{@value #MAX_LIMIT} (default 100)
 */
public record EventFilter(Long orgId, Long siteId, Long zoneId, Long deviceId, Long personId, String type,
                          EventSeverity minSeverity, String text, Instant from, Instant to, EventCursor after,
                          int limit) {
    public static final int MAX_LIMIT = 1000;

    public EventFilter {
        limit = limit <= 0 ? 100 : Math.min(limit, MAX_LIMIT);
        type = blankToNull(type);
        text = blankToNull(text);
    }

    public static EventFilter latest(int limit) {
        return new EventFilter(null, null, null, null, null, null, null, null, null, null, null, limit);
    }

    public EventFilter org(Long id) {
        return new EventFilter(id, siteId, zoneId, deviceId, personId, type, minSeverity, text, from, to, after, limit);
    }

    public EventFilter site(Long id) {
        return new EventFilter(orgId, id, zoneId, deviceId, personId, type, minSeverity, text, from, to, after, limit);
    }

    public EventFilter zone(Long id) {
        return new EventFilter(orgId, siteId, id, deviceId, personId, type, minSeverity, text, from, to, after, limit);
    }

    public EventFilter device(Long id) {
        return new EventFilter(orgId, siteId, zoneId, id, personId, type, minSeverity, text, from, to, after, limit);
    }

    public EventFilter person(Long id) {
        return new EventFilter(orgId, siteId, zoneId, deviceId, id, type, minSeverity, text, from, to, after, limit);
    }

    public EventFilter type(String t) {
        return new EventFilter(orgId, siteId, zoneId, deviceId, personId, t, minSeverity, text, from, to, after, limit);
    }

    public EventFilter minSeverity(EventSeverity s) {
        return new EventFilter(orgId, siteId, zoneId, deviceId, personId, type, s, text, from, to, after, limit);
    }

    public EventFilter text(String words) {
        return new EventFilter(orgId, siteId, zoneId, deviceId, personId, type, minSeverity, words, from, to, after,
                limit);
    }

    public EventFilter between(Instant f, Instant t) {
        return new EventFilter(orgId, siteId, zoneId, deviceId, personId, type, minSeverity, text, f, t, after, limit);
    }

    public EventFilter after(EventCursor c) {
        return new EventFilter(orgId, siteId, zoneId, deviceId, personId, type, minSeverity, text, from, to, c, limit);
    }

    public EventFilter limit(int n) {
        return new EventFilter(orgId, siteId, zoneId, deviceId, personId, type, minSeverity, text, from, to, after, n);
    }

    /**
     * Whether a stored event passes this filter, as the search would decide (live streams filter with it); the
     * cursor and the limit play no part.
     */
    public boolean matches(Event e) {
        return (orgId == null || orgId == e.orgId())
                && (siteId == null || siteId.equals(e.siteId()))
                && (zoneId == null || zoneId.equals(e.zoneId()))
                && (deviceId == null || deviceId.equals(e.deviceId()))
                && (personId == null || personId.equals(e.personId()))
                && (type == null || (type.endsWith("*") ? e.type().startsWith(type.substring(0, type.length() - 1))
                        : type.equals(e.type())))
                && (minSeverity == null || e.severity().compareTo(minSeverity) >= 0)
                && (text == null || e.message().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
                && (from == null || !e.occurredAt().isBefore(from))
                && (to == null || e.occurredAt().isBefore(to));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
