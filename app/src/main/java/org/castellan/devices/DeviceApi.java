package org.castellan.devices;

import org.castellan.events.Event;
import org.castellan.events.EventFilter;
import org.castellan.events.EventJournal;
import org.castellan.events.EventSeverity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.castellan.api.Created;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.LiveFeed;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The device registry and the event journal over the API. Scope and roles are checked by {@link DeviceService}
 * and {@link EventJournal}; the live stream is filtered by the subscriber's organizations in {@link LiveFeed}.
 */
@RestController
@Tag(name = "Devices and events", description = "Device registry, event journal and its live stream")
class DeviceApi {
    private final DeviceService devices;
    private final EventJournal journal;
    private final LiveFeed feed;

    DeviceApi(DeviceService devices, EventJournal journal, LiveFeed feed) {
        this.devices = devices;
        this.journal = journal;
        this.feed = feed;
    }

    @GetMapping("/api/v1/devices")
    @Operation(summary = "List devices of the caller's organizations")
    List<Device> devices(CurrentUser user,
                         @RequestParam(required = false) Long orgId,
                         @RequestParam(required = false) Long siteId,
                         @RequestParam(required = false) DeviceKind kind,
                         @RequestParam(required = false) DeviceState state,
                         @Parameter(description = "Part of the name or identifier") @RequestParam(required = false) String q) {
        return devices.devices(user, new DeviceFilter(orgId, siteId, kind, state, q));
    }

    @PostMapping("/api/v1/devices")
    @Operation(summary = "Register a device (administrator or engineer)")
    ResponseEntity<Device> create(CurrentUser user, @Valid @RequestBody DeviceForm form) {
        Device created = devices.create(user, form);
        return Created.at("/api/v1/devices/{id}", created.id(), created);
    }

    @GetMapping("/api/v1/devices/{id}")
    @Operation(summary = "Get a device")
    Device device(CurrentUser user, @PathVariable long id) {
        return devices.device(user, id);
    }

    @PutMapping("/api/v1/devices/{id}")
    @Operation(summary = "Change a device (administrator or engineer)")
    Device update(CurrentUser user, @PathVariable long id, @Valid @RequestBody DeviceForm form) {
        return devices.update(user, id, form);
    }

    @DeleteMapping("/api/v1/devices/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a device (administrator or engineer)")
    void delete(CurrentUser user, @PathVariable long id) {
        devices.delete(user, id);
    }

    @GetMapping("/api/v1/events")
    @Operation(summary = "Read the event journal, newest first")
    List<Event> events(CurrentUser user,
                       @RequestParam(required = false) Long orgId,
                       @RequestParam(required = false) Long deviceId,
                       @RequestParam(required = false) String type,
                       @RequestParam(required = false) EventSeverity minSeverity,
                       @Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(required = false) Instant from,
                       @Parameter(description = "ISO-8601 instant, exclusive") @RequestParam(required = false) Instant to,
                       @Parameter(description = "At most this many (default 100, at most 1000)")
                       @RequestParam(defaultValue = "100") int limit) {
        return journal.find(user, EventFilter.latest(limit).org(orgId).device(deviceId).type(type)
                .minSeverity(minSeverity).between(from, to));
    }

    @GetMapping(path = "/api/v1/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live events of the caller's organizations (server-sent events named 'event')")
    SseEmitter stream(CurrentUser user) {
        return feed.subscribe(Set.of(EventJournal.TOPIC), user::canSee);
    }
}
