package org.castellan.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.castellan.events.EventSeverity;
import org.castellan.platform.Role;

/**
 * A notification rule (issue 5): which events or alarms of an organization — by kind (exact or {@code prefix*},
 * none = all), minimum severity and site — go to which users, roles ("groups": the organization's users holding
 * the role) and endpoints, through which channels; with quiet hours, a grace period, reminders and escalation steps
 * (the last three for alarms only). Immutable.
 *
 * @param kinds         event types ({@link Subject#EVENTS}) or alarm types ({@link Subject#ALARMS}); empty = all
 * @param siteId        only this site's events or alarms; null = every site (and none)
 * @param quietHours    null when the rule has none
 * @param grace         {@link Duration#ZERO} for none: otherwise an alarm is announced only if still not cleared
 *                      after it, and a flap cleared within it is recorded as suppressed ("grace")
 * @param reminderEvery null for no reminders: otherwise the first recipients are reminded this often until cleared
 * @param steps         escalation steps by ascending {@code after}
 */
public record NotificationRule(long id, long orgId, String name, boolean enabled, Subject subject, List<String> kinds,
                               EventSeverity minSeverity, Long siteId, Set<ChannelKind> channels, Set<Long> userIds,
                               Set<Role> roles, Set<Long> endpointIds, QuietHours quietHours, Duration grace,
                               Duration reminderEvery, List<Step> steps, Instant createdAt, Instant updatedAt) {

    /** What a rule listens to: journal events as they are, or alarms through their {@code alarm.*} events. */
    public enum Subject { EVENTS, ALARMS }

    /**
     * Escalation step {@code stepNo} (from 1): when the alarm is still unacknowledged {@code after} its raising,
     * these recipients are notified through the rule's channels.
     */
    public record Step(int stepNo, Duration after, Set<Long> userIds, Set<Role> roles) {
        public Step {
            userIds = Set.copyOf(userIds);
            roles = ordered(roles, Role.class);
        }
    }

    public NotificationRule {
        kinds = List.copyOf(kinds);
        channels = ordered(channels, ChannelKind.class);
        userIds = Set.copyOf(userIds);
        roles = ordered(roles, Role.class);
        endpointIds = Set.copyOf(endpointIds);
        steps = List.copyOf(steps);
    }

    /** Enum sets keep their declaration order, so that lists and audit lines show them the same way each time. */
    private static <E extends Enum<E>> Set<E> ordered(Set<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return Collections.unmodifiableSet(set);
    }

    /** @return whether {@code type} is one of the rule's kinds: equal, or starting with a {@code prefix*}'s prefix */
    public boolean coversKind(String type) {
        if (kinds.isEmpty()) {
            return true;
        }
        for (String kind : kinds) {
            boolean matches = kind.endsWith("*") ? type.startsWith(kind.substring(0, kind.length() - 1))
                    : type.equals(kind);
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /** @return whether an event or alarm of this kind, severity and site is the rule's business */
    public boolean matches(String type, EventSeverity severity, Long site) {
        return enabled && coversKind(type) && severity.compareTo(minSeverity) >= 0
                && (siteId == null || siteId.equals(site));
    }
}
