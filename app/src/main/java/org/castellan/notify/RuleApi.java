package org.castellan.notify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.castellan.api.Created;
import org.castellan.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notification rules over the API (administrators). {@link NotificationRuleService} checks the role and the
 * organization; the body is a {@link NotificationRuleForm} (grace in seconds, reminders and steps in minutes,
 * quiet hours as {@code HH:mm} with an IANA zone).
 */
@RestController
@RequestMapping("/api/v1/notifications/rules")
@Tag(name = "Notification rules", description = "Which events and alarms go to whom, through which channels")
class RuleApi {
    private final NotificationRuleService rules;

    RuleApi(NotificationRuleService rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(summary = "List the rules of the caller's organizations")
    List<NotificationRule> rules(CurrentUser user,
                                 @Parameter(description = "Only this organization's") @RequestParam(required = false)
                                 Long orgId) {
        return rules.rules(user, orgId);
    }

    @PostMapping
    @Operation(summary = "Create a rule", description = "`enabled` is false when left out; `graceSeconds`, "
            + "`reminderMinutes` and the steps' `afterMinutes` apply to ALARMS rules only.")
    ResponseEntity<NotificationRule> create(CurrentUser user, @Valid @RequestBody NotificationRuleForm form) {
        NotificationRule created = rules.create(user, form);
        return Created.at("/api/v1/notifications/rules/{id}", created.id(), created);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Get a rule")
    NotificationRule rule(CurrentUser user, @PathVariable long id) {
        return rules.rule(user, id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a rule (its organization stays)")
    NotificationRule update(CurrentUser user, @PathVariable long id, @Valid @RequestBody NotificationRuleForm form) {
        return rules.update(user, id, form);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a rule")
    void delete(CurrentUser user, @PathVariable long id) {
        rules.delete(user, id);
    }
}
