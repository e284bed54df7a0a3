package org.castellan.notify;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.castellan.events.Event;
import org.castellan.events.EventSeverity;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Json;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.users.User;
import org.castellan.users.UserService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One test's organization, its people and what reached the outbox for it (its delivery log). Events are handed to
 * {@link NotificationRules#stored} directly, as the journal would after commit, with times in the year 2100: the
 * production scheduler runs on the real clock and so never fires the tests' timed work, which the tests fire with
 * {@link Escalations#fireDue} instead. Ids of events and alarms are made up (notify keeps no foreign key to them).
 */
final class RuleScenario {
    static final Instant T0 = Instant.parse("2100-01-04T09:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);

    final Organization org;
    private final Fixtures fixtures;
    private final UserService users;
    private final NotificationRules rules;
    private final NotificationRuleService service;
    private final JdbcClient jdbc;

    /** A message the rules recorded as suppressed, with the reason ({@code quiet}, {@code grace}). */
    record Suppressed(Message message, String reason) {
    }

    RuleScenario(Fixtures fixtures, UserService users, NotificationRules rules, NotificationRuleService service,
                 JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.users = users;
        this.rules = rules;
        this.service = service;
        this.jdbc = jdbc;
        this.org = fixtures.organization();
    }

    static long nextId() {
        return IDS.incrementAndGet();
    }

    /** A user of the organization with the roles, an e-mail and/or phone (null for none), language and zone. */
    User person(Set<Role> roles, String email, String phone, String locale, String zone) {
        User user = fixtures.user(roles, org);
        CurrentUser self = fixtures.caller(user);
        users.updateContact(self, email, phone, false);
        users.updatePreferences(self, locale, zone);
        return user;
    }

    User person(Set<Role> roles) {
        return person(roles, fixtures.unique("u") + "@example.org", null, "en", "UTC");
    }

    NotificationRule rule(NotificationRuleForm form) {
        return service.create(CurrentUser.system(), form);
    }

    /** A rule form for this organization: the given subject and kinds, every severity, e-mail, these users. */
    RuleForm form(NotificationRule.Subject subject, String... kinds) {
        return new RuleForm(org.id(), subject, List.of(kinds));
    }

    Event event(String type, EventSeverity severity, Instant at, Long siteId, Long deviceId, Map<String, Object> data) {
        return new Event(nextId(), org.id(), at, at, type, severity, deviceId, null, siteId, null, "test",
                "message of " + type, data);
    }

    /** {@code alarm.raised} (or another lifecycle event) of the alarm, as the alarms package writes it. */
    Event alarm(String lifecycle, long alarmId, String alarmType, EventSeverity severity, Instant at, Long siteId) {
        Map<String, Object> data = new HashMap<>(Map.of("alarmId", alarmId, "alarmType", alarmType,
                "alarmSeverity", severity.name(), "count", 1, "sourceKey", "device:1"));
        return new Event(nextId(), org.id(), at, at, lifecycle, severity, null, null, siteId, null, "alarms",
                "Alarm " + alarmType, data);
    }

    void store(Event event) {
        rules.stored(event);
    }

    /** What the rules put in the outbox for sending: the organization's delivery log, oldest first. */
    List<Message> sent() {
        return deliveries("status <> 'SUPPRESSED'").stream().map(Suppressed::message).toList();
    }

    List<Suppressed> suppressed() {
        return deliveries("status = 'SUPPRESSED'");
    }

    private List<Suppressed> deliveries(String condition) {
        return jdbc.sql("select * from notification_delivery where org_id = :org and " + condition + " order by id")
                .param("org", org.id())
                .query((rs, row) -> new Suppressed(new Message(rs.getLong("org_id"),
                        ChannelKind.valueOf(rs.getString("channel")), rs.getString("address"),
                        rs.getObject("user_id", Long.class), rs.getString("subject"), rs.getString("body"),
                        Json.readMap(rs.getString("payload")),
                        rs.getObject("event_id", Long.class), rs.getObject("alarm_id", Long.class),
                        rs.getObject("rule_id", Long.class)), rs.getString("last_error")))
                .list();
    }

    /** A mutable builder of {@link NotificationRuleForm}s for tests. */
    static final class RuleForm {
        long orgId;
        String name = "rule";
        boolean enabled = true;
        NotificationRule.Subject subject;
        List<String> kinds;
        EventSeverity minSeverity = EventSeverity.INFO;
        Long siteId;
        Set<ChannelKind> channels = Set.of(ChannelKind.EMAIL);
        Set<Long> userIds = Set.of();
        Set<Role> roles = Set.of();
        Set<Long> endpointIds = Set.of();
        LocalTime quietFrom;
        LocalTime quietTo;
        String quietZone;
        int graceSeconds;
        Integer reminderMinutes;
        List<NotificationRuleForm.StepForm> steps = new ArrayList<>();

        RuleForm(long orgId, NotificationRule.Subject subject, List<String> kinds) {
            this.orgId = orgId;
            this.subject = subject;
            this.kinds = kinds;
        }

        RuleForm users(User... people) {
            userIds = java.util.Arrays.stream(people).map(User::id).collect(java.util.stream.Collectors.toSet());
            return this;
        }

        RuleForm roles(Role... any) {
            roles = Set.of(any);
            return this;
        }

        RuleForm severity(EventSeverity severity) {
            minSeverity = severity;
            return this;
        }

        RuleForm site(long site) {
            siteId = site;
            return this;
        }

        RuleForm quiet(String from, String to, String zone) {
            quietFrom = LocalTime.parse(from);
            quietTo = LocalTime.parse(to);
            quietZone = zone;
            return this;
        }

        RuleForm grace(int seconds) {
            graceSeconds = seconds;
            return this;
        }

        RuleForm reminder(int minutes) {
            reminderMinutes = minutes;
            return this;
        }

        RuleForm step(int afterMinutes, User... people) {
            steps.add(new NotificationRuleForm.StepForm(afterMinutes,
                    java.util.Arrays.stream(people).map(User::id).collect(java.util.stream.Collectors.toSet()),
                    Set.of()));
            return this;
        }

        RuleForm channels(ChannelKind... kinds) {
            channels = Set.of(kinds);
            return this;
        }

        RuleForm endpoints(Long... ids) {
            endpointIds = Set.of(ids);
            return this;
        }

        RuleForm disabled() {
            enabled = false;
            return this;
        }

        NotificationRuleForm build() {
            return new NotificationRuleForm(orgId, name, enabled, subject, kinds, minSeverity, siteId, channels,
                    userIds, roles, endpointIds, quietFrom, quietTo, quietZone, graceSeconds, reminderMinutes, steps);
        }
    }
}
