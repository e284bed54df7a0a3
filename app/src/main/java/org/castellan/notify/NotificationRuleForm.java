package org.castellan.notify;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.castellan.events.EventSeverity;
import org.castellan.platform.Role;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A notification rule as a person writes it (console form and API body). Durations are whole numbers: grace in
 * seconds (a flapping link comes back within seconds), reminders and escalation steps in minutes. The rules only
 * the service can check (kinds, recipients, channels, site and users of the organization, quiet hours, steps) are
 * reported by {@link NotificationRuleService} as field problems.
 *
 * @param kinds          event or alarm types, exact or {@code prefix*}; empty = all
 * @param quietZone      IANA zone of the quiet hours; blank = the organization's
 * @param reminderMinutes null for no reminders
 * @param steps          escalation steps; rows without {@code afterMinutes} are ignored (the console's blank rows)
 */
public record NotificationRuleForm(
        @NotNull Long orgId,
        @NotBlank @Size(max = 200) String name,
        boolean enabled,
        @NotNull NotificationRule.Subject subject,
        List<@Size(max = 64) String> kinds,
        @NotNull EventSeverity minSeverity,
        Long siteId,
        Set<ChannelKind> channels,
        Set<Long> userIds,
        Set<Role> roles,
        Set<Long> endpointIds,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime quietFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime quietTo,
        @Size(max = 64) String quietZone,
        @Min(0) @Max(86_400) int graceSeconds,
        @Min(1) @Max(10_080) Integer reminderMinutes,
        @Valid List<StepForm> steps) {

    /** An escalation step: after so many minutes unacknowledged, these users and roles. */
    public record StepForm(@Min(1) @Max(10_080) Integer afterMinutes, Set<Long> userIds, Set<Role> roles) {
        public StepForm {
            userIds = userIds == null ? Set.of() : new LinkedHashSet<>(userIds);
            roles = roles == null ? Set.of() : new LinkedHashSet<>(roles);
        }
    }

    public NotificationRuleForm {
        // the console sends one comma-separated text; the API a list (whose items may be such texts too)
        kinds = kinds == null ? List.of() : kinds.stream().filter(java.util.Objects::nonNull)
                .flatMap(k -> java.util.Arrays.stream(k.split(","))).map(String::strip).filter(k -> !k.isEmpty())
                .distinct().toList();
        channels = channels == null ? Set.of() : new LinkedHashSet<>(channels);
        userIds = userIds == null ? Set.of() : new LinkedHashSet<>(userIds);
        roles = roles == null ? Set.of() : new LinkedHashSet<>(roles);
        endpointIds = endpointIds == null ? Set.of() : new LinkedHashSet<>(endpointIds);
        steps = steps == null ? List.of() : new ArrayList<>(steps);
    }

    /** A new rule's form: alarms of every kind, major and above, by e-mail, enabled. */
    public static NotificationRuleForm empty(Long orgId) {
        return new NotificationRuleForm(orgId, "", true, NotificationRule.Subject.ALARMS, List.of(),
                EventSeverity.MAJOR, null, Set.of(ChannelKind.EMAIL), Set.of(), Set.of(), Set.of(), null, null, null,
                0, null, List.of());
    }

    public static NotificationRuleForm of(NotificationRule rule) {
        QuietHours quiet = rule.quietHours();
        return new NotificationRuleForm(rule.orgId(), rule.name(), rule.enabled(), rule.subject(), rule.kinds(),
                rule.minSeverity(), rule.siteId(), rule.channels(), rule.userIds(), rule.roles(), rule.endpointIds(),
                quiet == null ? null : quiet.from(), quiet == null ? null : quiet.to(),
                quiet == null ? null : quiet.zone().getId(), (int) rule.grace().toSeconds(),
                rule.reminderEvery() == null ? null : (int) rule.reminderEvery().toMinutes(),
                rule.steps().stream().map(s -> new StepForm((int) s.after().toMinutes(), s.userIds(), s.roles()))
                        .toList());
    }

    /** The same form with {@code blank} empty step rows added, for the console to offer. */
    public NotificationRuleForm withBlankSteps(int blank) {
        List<StepForm> all = new ArrayList<>(steps);
        for (int i = 0; i < blank; i++) {
            all.add(new StepForm(null, Set.of(), Set.of()));
        }
        return new NotificationRuleForm(orgId, name, enabled, subject, kinds, minSeverity, siteId, channels, userIds,
                roles, endpointIds, quietFrom, quietTo, quietZone, graceSeconds, reminderMinutes, all);
    }

    /** @return the steps a person filled in (rows with a time) */
    public List<StepForm> filledSteps() {
        return steps.stream().filter(s -> s != null && s.afterMinutes() != null).toList();
    }
}
