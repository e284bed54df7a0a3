package org.castellan.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Set;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.LiveFeed;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The event journal over the API: keyset pages, CSV export, the live stream — each with the same filters. Scope is
 * checked by {@link EventJournal} (searches) and {@link LiveFeed} (the stream's organizations).
 */
@RestController
@Tag(name = "Events", description = "The event journal, its export and its live stream")
class EventApi {
    private final EventJournal journal;
    private final LiveFeed feed;

    EventApi(EventJournal journal, LiveFeed feed) {
        this.journal = journal;
        this.feed = feed;
    }

    @GetMapping("/api/v1/events")
    @Operation(summary = "Search the event journal, newest first, a page at a time (pass 'next' as 'after')")
    EventPage events(CurrentUser user,
                     @RequestParam(required = false) Long orgId,
                     @RequestParam(required = false) Long siteId,
                     @RequestParam(required = false) Long zoneId,
                     @RequestParam(required = false) Long deviceId,
                     @RequestParam(required = false) Long personId,
                     @Parameter(description = "Exact type, or a prefix ending in * (alarm.*)")
                     @RequestParam(required = false) String type,
                     @RequestParam(required = false) EventSeverity minSeverity,
                     @Parameter(description = "Words the message contains") @RequestParam(required = false) String q,
                     @Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(required = false) Instant from,
                     @Parameter(description = "ISO-8601 instant, exclusive") @RequestParam(required = false) Instant to,
                     @Parameter(description = "The 'next' of the previous page") @RequestParam(required = false) String after,
                     @Parameter(description = "Page size (default 100, at most 1000)")
                     @RequestParam(defaultValue = "100") int limit) {
        return journal.search(user, filter(orgId, siteId, zoneId, deviceId, personId, type, minSeverity, q, from, to)
                .after(after == null || after.isBlank() ? null : EventCursor.parse(after)).limit(limit));
    }

    @GetMapping(path = "/api/v1/events/export", produces = "text/csv")
    @Operation(summary = "The whole search result as CSV (UTF-8 with BOM), newest first")
    ResponseEntity<StreamingResponseBody> export(CurrentUser user,
                                                 @RequestParam(required = false) Long orgId,
                                                 @RequestParam(required = false) Long siteId,
                                                 @RequestParam(required = false) Long zoneId,
                                                 @RequestParam(required = false) Long deviceId,
                                                 @RequestParam(required = false) Long personId,
                                                 @RequestParam(required = false) String type,
                                                 @RequestParam(required = false) EventSeverity minSeverity,
                                                 @RequestParam(required = false) String q,
                                                 @RequestParam(required = false) Instant from,
                                                 @RequestParam(required = false) Instant to) {
        return csv(journal, user, filter(orgId, siteId, zoneId, deviceId, personId, type, minSeverity, q, from, to));
    }

    @GetMapping(path = "/api/v1/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live events of the caller's organizations that pass the filters (server-sent events named 'event')")
    SseEmitter stream(CurrentUser user,
                      @RequestParam(required = false) Long orgId,
                      @RequestParam(required = false) Long siteId,
                      @RequestParam(required = false) Long zoneId,
                      @RequestParam(required = false) Long deviceId,
                      @RequestParam(required = false) Long personId,
                      @RequestParam(required = false) String type,
                      @RequestParam(required = false) EventSeverity minSeverity,
                      @RequestParam(required = false) String q) {
        EventFilter filter = filter(orgId, siteId, zoneId, deviceId, personId, type, minSeverity, q, null, null);
        return feed.subscribe(Set.of(EventJournal.TOPIC), user::canSee, live(filter));
    }

    static EventFilter filter(Long orgId, Long siteId, Long zoneId, Long deviceId, Long personId, String type,
                              EventSeverity minSeverity, String q, Instant from, Instant to) {
        return EventFilter.latest(EventFilter.MAX_LIMIT).org(orgId).site(siteId).zone(zoneId).device(deviceId)
                .person(personId).type(type).minSeverity(minSeverity).text(q).between(from, to);
    }

    /** A live stream's test: events by the filter; other values on the stream's topics pass. */
    static java.util.function.Predicate<Object> live(EventFilter filter) {
        return value -> !(value instanceof Event e) || filter.matches(e);
    }

    static ResponseEntity<StreamingResponseBody> csv(EventJournal journal, CurrentUser user, EventFilter filter) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"events.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(out -> EventCsv.write(journal, user, filter, out));
    }
}
