package org.castellan.notify;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.InvalidInputException.FieldProblem;
import org.castellan.platform.TimeZones;
import org.castellan.users.UserService;

/**
 * Turns a {@link NotificationRuleForm} into a {@link NotificationRule}, or names every field problem at once
 * (message keys {@code rule.error.*}) as an {@link InvalidInputException}. The organization's sites and user ids are
 * given by the caller, so this class reads nothing.
 */
final class NotificationRuleValidation {
    /** A dotted event or alarm type, optionally ending in {@code *} to cover every type with that prefix. */
    private static final Pattern KIND = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*(\\.?\\*)?|\\*");
    private static final Set<ChannelKind> PERSONAL = EnumSet.of(ChannelKind.EMAIL, ChannelKind.SMS);
    private static final Set<ChannelKind> ENDPOINT = EnumSet.of(ChannelKind.WEBHOOK, ChannelKind.MQTT);

    private final List<FieldProblem> problems = new ArrayList<>();

    private NotificationRuleValidation() {
    }

    /**
     * @param orgUsers ids of the users that belong to the rule's organization
     * @throws InvalidInputException naming each problem
     */
    static NotificationRule check(NotificationRuleForm form, Organization org, List<Site> sites, Set<Long> orgUsers) {
        return new NotificationRuleValidation().rule(form, org, sites, orgUsers);
    }

    private NotificationRule rule(NotificationRuleForm form, Organization org, List<Site> sites, Set<Long> orgUsers) {
        form.kinds().stream().filter(k -> !KIND.matcher(k).matches()).findFirst()
                .ifPresent(k -> problem("kinds", "rule.error.kind", k));
        if (form.siteId() != null && sites.stream().noneMatch(s -> s.id() == form.siteId())) {
            problem("siteId", "rule.error.site");
        }
        recipients(form, orgUsers);
        QuietHours quiet = quietHours(form, org);
        boolean alarms = form.subject() == NotificationRule.Subject.ALARMS;
        if (!alarms && (form.graceSeconds() > 0 || form.reminderMinutes() != null || !form.filledSteps().isEmpty())) {
            problem("subject", "rule.error.alarmsOnly");
        }
        List<NotificationRule.Step> steps = steps(form, orgUsers);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NotificationRule(0, org.id(), form.name().strip(), form.enabled(), form.subject(), form.kinds(),
                form.minSeverity(), form.siteId(), form.channels(), form.userIds(), form.roles(), form.endpointIds(),
                quiet, Duration.ofSeconds(form.graceSeconds()),
                form.reminderMinutes() == null ? null : Duration.ofMinutes(form.reminderMinutes()), steps, null, null);
    }

    private void recipients(NotificationRuleForm form, Set<Long> orgUsers) {
        Set<ChannelKind> channels = form.channels();
        boolean people = !form.userIds().isEmpty() || !form.roles().isEmpty();
        if (channels.isEmpty()) {
            problem("channels", "rule.error.noChannel");
        } else if (!people && form.endpointIds().isEmpty()) {
            problem("userIds", "rule.error.noRecipient");
        } else if (people && channels.stream().noneMatch(PERSONAL::contains)) {
            problem("channels", "rule.error.noPersonalChannel");
        } else if (!form.endpointIds().isEmpty() && channels.stream().noneMatch(ENDPOINT::contains)) {
            problem("channels", "rule.error.noEndpointChannel");
        }
        if (!orgUsers.containsAll(form.userIds())) {
            problem("userIds", "rule.error.user");
        }
        if (form.endpointIds().stream().anyMatch(id -> id <= 0)) {
            problem("endpointIds", "rule.error.endpoint");
        }
    }

    private QuietHours quietHours(NotificationRuleForm form, Organization org) {
        if (form.quietFrom() == null && form.quietTo() == null) {
            return null;
        }
        if (form.quietFrom() == null || form.quietTo() == null) {
            problem(form.quietFrom() == null ? "quietFrom" : "quietTo", "rule.error.quietBoth");
            return null;
        }
        if (form.quietFrom().equals(form.quietTo())) {
            problem("quietTo", "rule.error.quietEmpty");
            return null;
        }
        String zoneName = form.quietZone() == null || form.quietZone().isBlank() ? org.timeZone() : form.quietZone();
        ZoneId zone = TimeZones.parse(zoneName.strip()).orElse(null);
        if (zone == null) {
            problem("quietZone", "validation.timeZone", zoneName);
            return null;
        }
        return new QuietHours(form.quietFrom(), form.quietTo(), zone);
    }

    private List<NotificationRule.Step> steps(NotificationRuleForm form, Set<Long> orgUsers) {
        List<NotificationRule.Step> steps = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int previous = 0;
        for (NotificationRuleForm.StepForm step : form.filledSteps()) {
            int no = steps.size() + 1;
            if (step.afterMinutes() <= previous || !seen.add(step.afterMinutes())) {
                problem("steps", "rule.error.stepOrder", no);
            } else if (step.userIds().isEmpty() && step.roles().isEmpty()) {
                problem("steps", "rule.error.stepRecipient", no);
            } else if (!orgUsers.containsAll(step.userIds())) {
                problem("steps", "rule.error.user");
            }
            previous = Math.max(previous, step.afterMinutes());
            steps.add(new NotificationRule.Step(no, Duration.ofMinutes(step.afterMinutes()), step.userIds(),
                    step.roles()));
        }
        if (!steps.isEmpty() && form.channels().stream().noneMatch(PERSONAL::contains)) {
            problem("channels", "rule.error.noPersonalChannel");
        }
        return steps;
    }

    private void problem(String field, String key, Object... arguments) {
        problems.add(new FieldProblem(field, key, List.of(arguments)));
    }
}
