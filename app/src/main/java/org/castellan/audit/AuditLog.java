package org.castellan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.castellan.platform.Channel;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Json;
import org.castellan.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit log. {@link #record} must be called inside the transaction of the change it
 * describes (it joins it, and refuses to run without one), so that a change and its audit line commit or roll
 * back together. Thread-safe.
 */
@Service
public class AuditLog {
    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records one change.
     *
     * @param before the entity before the change (null on create), serialised to JSON
     * @param after  the entity after the change (null on delete), serialised to JSON
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CurrentUser actor, Long orgId, String entityType, Object entityId, AuditAction action,
                       Object before, Object after) {
        jdbc.sql("""
                insert into audit_log (actor_id, actor_name, channel, org_id, entity_type, entity_id, action, before, after)
                values (:actorId, :actorName, :channel, :orgId, :entityType, :entityId, :action,
                        cast(:before as jsonb), cast(:after as jsonb))""")
                .param("actorId", actor.isSystem() ? null : actor.id())
                .param("actorName", actor.username())
                .param("channel", actor.channel().name())
                .param("orgId", orgId)
                .param("entityType", entityType)
                .param("entityId", String.valueOf(entityId))
                .param("action", action.name())
                .param("before", Json.write(before))
                .param("after", Json.write(after))
                .update();
    }

    /**
     * The newest entries first. Administrators only; an administrator scoped to some organizations sees the
     * entries of those organizations (and their own changes to users), a platform administrator sees all.
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(CurrentUser user, AuditFilter filter) {
        user.requireAny(Role.ADMIN);
        StringBuilder sql = new StringBuilder("select * from audit_log where true");
        List<Object> args = new ArrayList<>();
        if (!user.allOrgs()) {
            sql.append(" and (org_id = any(?) or actor_id = ?)");
            args.add(user.orgIds().toArray(Long[]::new));
            args.add(user.id());
        }
        appendFilters(filter, sql, args);
        sql.append(" order by at desc, id desc limit ?");
        args.add(filter.limit());
        return jdbc.sql(sql.toString()).params(args).query(AuditLog::map).list();
    }

    private static void appendFilters(AuditFilter filter, StringBuilder sql, List<Object> args) {
        if (filter.orgId() != null) {
            sql.append(" and org_id = ?");
            args.add(filter.orgId());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            sql.append(" and actor_name ilike ?");
            args.add("%" + filter.actor().trim().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            sql.append(" and entity_type = ?");
            args.add(filter.entityType().trim());
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            sql.append(" and entity_id = ?");
            args.add(filter.entityId().trim());
        }
        if (filter.from() != null) {
            sql.append(" and at >= ?");
            args.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and at < ?");
            args.add(Timestamp.from(filter.to()));
        }
    }

    /** Entity types that appear in the log, for the filter's choice list. */
    public static final Set<String> ENTITY_TYPES = Set.of("organization", "site", "zone", "user", "api_token", "device",
            "modem", "meter", "poll_plan", "alarm", "duty_shift", "duty_entry", "duty_handover", "notification_rule",
            "notification_endpoint", "notification_delivery");

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                rs.getObject("actor_id", Long.class), rs.getString("actor_name"),
                Channel.valueOf(rs.getString("channel")), rs.getObject("org_id", Long.class),
                rs.getString("entity_type"), rs.getString("entity_id"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("before"), rs.getString("after"));
    }
}
