package org.castellan.alarms;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.castellan.api.Created;
import org.castellan.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Alarms over the API. Scope and roles are checked by {@link AlarmService}. */
@RestController
@Tag(name = "Alarms", description = "Conditions that need a person: list, raise by hand, acknowledge, comment, "
        + "assign, clear")
class AlarmApi {
    private final AlarmService alarms;

    AlarmApi(AlarmService alarms) {
        this.alarms = alarms;
    }

    record CommentRequest(String text) {
    }

    record AssignRequest(Long assigneeId) {
    }

    record ClearRequest(String reason) {
    }

    @GetMapping("/api/v1/alarms")
    @Operation(summary = "Open alarms (most severe, then oldest, first); with scope=all also the latest cleared")
    List<Alarm> list(CurrentUser user,
                     @Parameter(description = "active (default) or all")
                     @RequestParam(defaultValue = "active") String scope,
                     @RequestParam(required = false) Long orgId,
                     @RequestParam(required = false) Long siteId,
                     @RequestParam(required = false) AlarmSeverity severity,
                     @Parameter(description = "acknowledged or unacknowledged")
                     @RequestParam(required = false) String state) {
        AlarmFilter filter = new AlarmFilter(orgId, siteId, severity, state);
        List<Alarm> result = new ArrayList<>(alarms.active(user, filter));
        if ("all".equals(scope)) {
            result.addAll(alarms.recent(user, filter));
        }
        return result;
    }

    @GetMapping("/api/v1/alarms/{id}")
    @Operation(summary = "Get an alarm")
    Alarm alarm(CurrentUser user, @PathVariable long id) {
        return alarms.alarm(user, id);
    }

    @PostMapping("/api/v1/alarms")
    @Operation(summary = "Raise an alarm by hand (administrator or dispatcher)")
    ResponseEntity<Alarm> raise(CurrentUser user, @Valid @RequestBody ManualAlarmForm form) {
        Alarm created = alarms.manual(user, form);
        return Created.at("/api/v1/alarms/{id}", created.id(), created);
    }

    @PostMapping("/api/v1/alarms/{id}/acknowledge")
    @Operation(summary = "Acknowledge an alarm (administrator or dispatcher); again changes nothing")
    Alarm acknowledge(CurrentUser user, @PathVariable long id) {
        return alarms.acknowledge(user, id);
    }

    @GetMapping("/api/v1/alarms/{id}/comments")
    @Operation(summary = "The alarm's comments, oldest first")
    List<AlarmComment> comments(CurrentUser user, @PathVariable long id) {
        return alarms.comments(user, id);
    }

    @PostMapping("/api/v1/alarms/{id}/comments")
    @Operation(summary = "Comment on an alarm (administrator, dispatcher or engineer)")
    ResponseEntity<AlarmComment> comment(CurrentUser user, @PathVariable long id,
                                         @RequestBody CommentRequest request) {
        AlarmComment comment = alarms.comment(user, id, request.text());
        return Created.at("/api/v1/alarms/" + id + "/comments/{id}", comment.id(), comment);
    }

    @PostMapping("/api/v1/alarms/{id}/assign")
    @Operation(summary = "Assign an alarm to a user, or to nobody with a null assigneeId")
    Alarm assign(CurrentUser user, @PathVariable long id, @RequestBody AssignRequest request) {
        return alarms.assign(user, id, request.assigneeId());
    }

    @PostMapping("/api/v1/alarms/{id}/clear")
    @Operation(summary = "Clear an alarm by hand with a reason (administrator or dispatcher); 409 when cleared")
    Alarm clear(CurrentUser user, @PathVariable long id, @RequestBody ClearRequest request) {
        return alarms.clear(user, id, request.reason());
    }
}
