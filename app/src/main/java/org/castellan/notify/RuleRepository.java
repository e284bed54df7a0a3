package org.castellan.notify;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.castellan.events.EventSeverity;
import org.castellan.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code notification_rule} and {@code notification_rule_step} (V11). */
@Repository
class RuleRepository {
    private static final String COLUMNS = """
            select id, org_id, name, enabled, subject, kinds, min_severity, site_id, channels, user_ids, roles,
                   endpoint_ids, quiet_from, quiet_to, quiet_zone, extract(epoch from grace)::bigint as grace_s,
                   extract(epoch from reminder_every)::bigint as reminder_s, created_at, updated_at
            from notification_rule""";

    private final JdbcClient jdbc;

    RuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rule of every organization, for the in-memory matching of {@link NotificationRules}. */
    List<NotificationRule> all() {
        return withSteps(jdbc.sql(COLUMNS + " order by id").query(RuleRepository::rule).list());
    }

    List<NotificationRule> byOrgs(Set<Long> orgIds, boolean allOrgs) {
        return withSteps(jdbc.sql(COLUMNS + " where :all or org_id = any(:orgs) order by org_id, name, id")
                .param("all", allOrgs).param("orgs", orgIds.toArray(Long[]::new))
                .query(RuleRepository::rule).list());
    }

    Optional<NotificationRule> byId(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(RuleRepository::rule).optional()
                .map(r -> withSteps(List.of(r)).get(0));
    }

    long insert(NotificationRule rule) {
        long id = jdbc.sql("""
                insert into notification_rule (org_id, name, enabled, subject, kinds, min_severity, site_id, channels,
                    user_ids, roles, endpoint_ids, quiet_from, quiet_to, quiet_zone, grace, reminder_every)
                values (:org, :name, :enabled, :subject, :kinds, :severity, :site, :channels, :users, :roles,
                    :endpoints, :quietFrom, :quietTo, :quietZone,
                    cast(:grace as double precision) * interval '1 second', cast(:reminder as double precision) * interval '1 second')
                returning id""")
                .params(values(rule)).param("org", rule.orgId()).query(Long.class).single();
        replaceSteps(id, rule.steps());
        return id;
    }

    void update(long id, NotificationRule rule) {
        jdbc.sql("""
                update notification_rule set name = :name, enabled = :enabled, subject = :subject, kinds = :kinds,
                    min_severity = :severity, site_id = :site, channels = :channels, user_ids = :users, roles = :roles,
                    endpoint_ids = :endpoints, quiet_from = :quietFrom, quiet_to = :quietTo, quiet_zone = :quietZone,
                    grace = cast(:grace as double precision) * interval '1 second',
                    reminder_every = cast(:reminder as double precision) * interval '1 second',
                    updated_at = now()
                where id = :id""")
                .params(values(rule)).param("id", id).update();
        replaceSteps(id, rule.steps());
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update notification_rule set enabled = :enabled, updated_at = now() where id = :id")
                .param("enabled", enabled).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from notification_rule where id = :id").param("id", id).update();
    }

    private static Map<String, Object> values(NotificationRule rule) {
        Map<String, Object> values = new LinkedHashMap<>();
        QuietHours quiet = rule.quietHours();
        values.put("name", rule.name());
        values.put("enabled", rule.enabled());
        values.put("subject", rule.subject().name());
        values.put("kinds", rule.kinds().toArray(String[]::new));
        values.put("severity", rule.minSeverity().name());
        values.put("site", rule.siteId());
        values.put("channels", rule.channels().stream().map(Enum::name).sorted().toArray(String[]::new));
        values.put("users", rule.userIds().stream().sorted().toArray(Long[]::new));
        values.put("roles", rule.roles().stream().map(Enum::name).sorted().toArray(String[]::new));
        values.put("endpoints", rule.endpointIds().stream().sorted().toArray(Long[]::new));
        values.put("quietFrom", quiet == null ? null : quiet.from());
        values.put("quietTo", quiet == null ? null : quiet.to());
        values.put("quietZone", quiet == null ? null : quiet.zone().getId());
        values.put("grace", rule.grace().toSeconds());
        values.put("reminder", rule.reminderEvery() == null ? null : rule.reminderEvery().toSeconds());
        return values;
    }

    private void replaceSteps(long ruleId, List<NotificationRule.Step> steps) {
        jdbc.sql("delete from notification_rule_step where rule_id = :id").param("id", ruleId).update();
        for (NotificationRule.Step step : steps) {
            jdbc.sql("""
                    insert into notification_rule_step (rule_id, step_no, after, user_ids, roles)
                    values (:rule, :no, cast(:after as double precision) * interval '1 second', :users, :roles)""")
                    .param("rule", ruleId).param("no", step.stepNo()).param("after", step.after().toSeconds())
                    .param("users", step.userIds().stream().sorted().toArray(Long[]::new))
                    .param("roles", step.roles().stream().map(Enum::name).sorted().toArray(String[]::new))
                    .update();
        }
    }

    private List<NotificationRule> withSteps(List<NotificationRule> rules) {
        if (rules.isEmpty()) {
            return rules;
        }
        Map<Long, List<NotificationRule.Step>> steps = jdbc.sql("""
                select rule_id, step_no, extract(epoch from after)::bigint as after_s, user_ids, roles
                from notification_rule_step where rule_id = any(:ids) order by rule_id, step_no""")
                .param("ids", rules.stream().map(NotificationRule::id).toArray(Long[]::new))
                .query((rs, row) -> Map.entry(rs.getLong("rule_id"), new NotificationRule.Step(rs.getInt("step_no"),
                        Duration.ofSeconds(rs.getLong("after_s")), longs(rs.getArray("user_ids")),
                        roles(rs.getArray("roles")))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rules.stream().map(r -> new NotificationRule(r.id(), r.orgId(), r.name(), r.enabled(), r.subject(),
                r.kinds(), r.minSeverity(), r.siteId(), r.channels(), r.userIds(), r.roles(), r.endpointIds(),
                r.quietHours(), r.grace(), r.reminderEvery(), steps.getOrDefault(r.id(), List.of()), r.createdAt(),
                r.updatedAt())).toList();
    }

    private static NotificationRule rule(ResultSet rs, int row) throws SQLException {
        String zone = rs.getString("quiet_zone");
        QuietHours quiet = zone == null ? null : new QuietHours(rs.getObject("quiet_from", LocalTime.class),
                rs.getObject("quiet_to", LocalTime.class), ZoneId.of(zone));
        long reminder = rs.getLong("reminder_s");
        Duration reminderEvery = rs.wasNull() ? null : Duration.ofSeconds(reminder);
        return new NotificationRule(rs.getLong("id"), rs.getLong("org_id"), rs.getString("name"),
                rs.getBoolean("enabled"), NotificationRule.Subject.valueOf(rs.getString("subject")),
                List.of(strings(rs.getArray("kinds"))), EventSeverity.valueOf(rs.getString("min_severity")),
                rs.getObject("site_id", Long.class),
                Arrays.stream(strings(rs.getArray("channels"))).map(ChannelKind::valueOf).collect(Collectors.toSet()),
                longs(rs.getArray("user_ids")), roles(rs.getArray("roles")), longs(rs.getArray("endpoint_ids")),
                quiet, Duration.ofSeconds(rs.getLong("grace_s")), reminderEvery, List.of(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static Set<Long> longs(Array array) throws SQLException {
        return Set.of((Long[]) array.getArray());
    }

    private static Set<Role> roles(Array array) throws SQLException {
        return Arrays.stream(strings(array)).map(Role::valueOf).collect(Collectors.toSet());
    }
}
