package org.castellan.duty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.castellan.api.Created;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The duty log over the API. Scope, roles and the handover rules are {@link DutyService}'s. */
@RestController
@Tag(name = "Duty log", description = "Dispatchers' shifts, log entries and the shift handover (DB33/T 830 §4.4.1)")
class DutyApi {
    private final DutyService duty;
    private final OrgService orgs;


    DutyApi(DutyService duty, OrgService orgs) {
        this.duty = duty;
        this.orgs = orgs;
    }

    @GetMapping("/api/v1/duty/shifts")
    @Operation(summary = "Open shifts of the caller's organizations (current), or one organization's shifts, newest first (history)")
    List<Shift> shifts(CurrentUser user,
                       @Parameter(description = "current (default) or history") @RequestParam(defaultValue = "current") String which,
                       @Parameter(description = "Required for history") @RequestParam(required = false) Long orgId,
                       @RequestParam(defaultValue = "100") int limit) {
        if ("history".equalsIgnoreCase(which)) {
            if (orgId == null) {
                throw new org.castellan.platform.InvalidInputException("orgId", "duty.validation.org");
            }
            return duty.shifts(user, orgId, limit);
        }
        List<Organization> scope = orgId == null ? orgs.organizations(user) : List.of(orgs.organization(user, orgId));
        return scope.stream().flatMap(o -> duty.current(user, o.id()).stream()).toList();
    }

    @PostMapping("/api/v1/duty/shifts")
    @Operation(summary = "Start a shift for the caller (dispatcher or administrator); 409 when one is open")
    ResponseEntity<Shift> start(CurrentUser user, @Valid @RequestBody ShiftForm form) {
        Shift shift = duty.startShift(user, form.orgId());
        return Created.at("/api/v1/duty/shifts/{id}", shift.id(), shift);
    }

    @GetMapping("/api/v1/duty/shifts/{id}")
    @Operation(summary = "Get a shift")
    Shift shift(CurrentUser user, @PathVariable long id) {
        return duty.shift(user, id);
    }

    @PostMapping("/api/v1/duty/shifts/{id}/close")
    @Operation(summary = "End a shift without handover (its dispatcher or an administrator)")
    Shift close(CurrentUser user, @PathVariable long id) {
        return duty.closeShift(user, id);
    }

    @GetMapping("/api/v1/duty/shifts/{id}/entries")
    @Operation(summary = "A shift's log entries, oldest first")
    List<DutyEntry> entries(CurrentUser user, @PathVariable long id) {
        return duty.entries(user, id);
    }

    @PostMapping("/api/v1/duty/shifts/{id}/entries")
    @Operation(summary = "Write an entry on an open shift (its dispatcher or an administrator)")
    ResponseEntity<DutyEntry> addEntry(CurrentUser user, @PathVariable long id, @Valid @RequestBody EntryForm form) {
        DutyEntry entry = duty.addEntry(user, id, form.kind(), form.text());
        return Created.at("/api/v1/duty/shifts/" + id + "/entries/{id}", entry.id(), entry);
    }

    @GetMapping("/api/v1/duty/shifts/{id}/situation")
    @Operation(summary = "What is open now in the shift's organization (what a handover would confirm) and its fingerprint")
    SituationView situation(CurrentUser user, @PathVariable long id) {
        List<SituationItem> items = duty.prepareHandover(user, id);
        return new SituationView(items, Situation.fingerprint(items));
    }

    /** The situation as the API shows it before a handover: pass {@code fingerprint} as {@code seen} to confirm it. */
    record SituationView(List<SituationItem> items, String fingerprint) {
    }

    @PostMapping("/api/v1/duty/shifts/{id}/handover")
    @Operation(summary = "The outgoing dispatcher confirms the current situation and hands the shift over; with seen = the fingerprint GET …/situation gave, a situation that changed since is refused (409)")
    ResponseEntity<Handover> confirm(CurrentUser user, @PathVariable long id, @Valid @RequestBody(required = false) NoteForm form) {
        Handover handover = duty.confirmHandover(user, id, form == null ? null : form.note(), form == null ? null : form.seen());
        return Created.at("/api/v1/duty/handovers/{id}", handover.id(), handover);
    }

    @GetMapping("/api/v1/duty/handovers")
    @Operation(summary = "An organization's confirmed and accepted handovers, newest first")
    List<Handover> handovers(CurrentUser user, @RequestParam long orgId, @RequestParam(defaultValue = "100") int limit) {
        return duty.handovers(user, orgId, limit);
    }

    @GetMapping("/api/v1/duty/handovers/{id}")
    @Operation(summary = "Get a handover with its confirmed snapshot")
    Handover handover(CurrentUser user, @PathVariable long id) {
        return duty.handover(user, id);
    }

    @PostMapping("/api/v1/duty/handovers/{id}/accept")
    @Operation(summary = "Another dispatcher accepts the handover: the old shift ends, theirs opens")
    Handover accept(CurrentUser user, @PathVariable long id, @Valid @RequestBody(required = false) NoteForm form) {
        return duty.acceptHandover(user, id, form == null ? null : form.note());
    }

    @PostMapping("/api/v1/duty/handovers/{id}/cancel")
    @Operation(summary = "The outgoing dispatcher withdraws a handover nobody accepted yet")
    Handover cancel(CurrentUser user, @PathVariable long id) {
        return duty.cancelHandover(user, id);
    }
}
