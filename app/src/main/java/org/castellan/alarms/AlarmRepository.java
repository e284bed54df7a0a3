package org.castellan.alarms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.castellan.platform.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code alarm} and {@code alarm_comment}. No scope checks: {@link AlarmService} does them. */
@Repository
class AlarmRepository {
    /** Open alarms first by severity (most urgent first), then the oldest first. */
    private static final String SEVERITY_RANK = "case severity when 'CRITICAL' then 4 when 'MAJOR' then 3 "
            + "when 'MINOR' then 2 else 1 end";

    /** What {@link #upsert} did. */
    record Upserted(Alarm alarm, boolean created) {
    }

    private final JdbcClient jdbc;

    AlarmRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the alarm, or — when one is open for the same organization, source and type — counts a repeat on it,
     * in one statement, so that concurrent signals never make two open alarms (the partial unique index decides).
     */
    Upserted upsert(AlarmSignal s, Long raisedBy) {
        return jdbc.sql("""
                insert into alarm (org_id, type, source_key, device_id, site_id, zone_id, severity, title, details,
                                   first_at, last_at, raised_by)
                values (:org, :type, :source, :device, :site, :zone, :severity, :title, cast(:details as jsonb),
                        :at, :at, :by)
                on conflict (org_id, source_key, type) where cleared_at is null do update
                set count = alarm.count + 1, severity = excluded.severity, title = excluded.title,
                    details = excluded.details, last_at = greatest(alarm.last_at, excluded.last_at),
                    updated_at = now()
                returning *, (xmax = 0) as created""")
                .param("org", s.orgId()).param("type", s.type()).param("source", s.sourceKey())
                .param("device", s.deviceId()).param("site", s.siteId()).param("zone", s.zoneId())
                .param("severity", s.severity().name()).param("title", s.title())
                .param("details", Json.write(s.details())).param("at", Timestamp.from(s.at())).param("by", raisedBy)
                .query((rs, n) -> new Upserted(map(rs, n), rs.getBoolean("created"))).single();
    }

    Optional<Alarm> byId(long id) {
        return jdbc.sql("select * from alarm where id = :id").param("id", id).query(AlarmRepository::map).optional();
    }

    Optional<Alarm> openFor(long orgId, String sourceKey, String type) {
        return jdbc.sql("select * from alarm where org_id = :org and source_key = :source and type = :type "
                        + "and cleared_at is null")
                .param("org", orgId).param("source", sourceKey).param("type", type)
                .query(AlarmRepository::map).optional();
    }

    /** Clears the open alarm automatically; empty when none is open. */
    Optional<Alarm> clearAutomatically(long orgId, String sourceKey, String type, Instant at) {
        return jdbc.sql("""
                update alarm set cleared_at = greatest(:at, first_at), auto_cleared = true, updated_at = now()
                where org_id = :org and source_key = :source and type = :type and cleared_at is null
                returning *""")
                .param("org", orgId).param("source", sourceKey).param("type", type).param("at", Timestamp.from(at))
                .query(AlarmRepository::map).optional();
    }

    /** @return false when the alarm was already cleared */
    boolean clear(long id, long by, String reason, Instant at) {
        return jdbc.sql("update alarm set cleared_at = :at, cleared_by = :by, clear_reason = :reason, "
                        + "updated_at = now() where id = :id and cleared_at is null")
                .param("id", id).param("by", by).param("reason", reason).param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** @return false when the alarm was already acknowledged */
    boolean acknowledge(long id, long by, Instant at) {
        return jdbc.sql("update alarm set acknowledged_at = :at, acknowledged_by = :by, updated_at = now() "
                        + "where id = :id and acknowledged_at is null")
                .param("id", id).param("by", by).param("at", Timestamp.from(at)).update() == 1;
    }

    void assign(long id, Long userId) {
        jdbc.sql("update alarm set assignee_id = :user, updated_at = now() where id = :id")
                .param("id", id).param("user", userId).update();
    }

    void linkRepairOrder(long id, long orderId) {
        jdbc.sql("update alarm set repair_order_id = :order, updated_at = now() where id = :id")
                .param("id", id).param("order", orderId).update();
    }

    AlarmComment addComment(long alarmId, long authorId, String authorName, String text, Instant at) {
        return jdbc.sql("insert into alarm_comment (alarm_id, author_id, author_name, text, at) "
                        + "values (:alarm, :author, :name, :text, :at) returning *")
                .param("alarm", alarmId).param("author", authorId).param("name", authorName).param("text", text)
                .param("at", Timestamp.from(at)).query(AlarmRepository::mapComment).single();
    }

    List<AlarmComment> comments(long alarmId) {
        return jdbc.sql("select * from alarm_comment where alarm_id = :alarm order by at, id")
                .param("alarm", alarmId).query(AlarmRepository::mapComment).list();
    }

    /** Open alarms, most severe first, then oldest first. */
    List<Alarm> open(boolean allOrgs, Long[] orgIds, AlarmFilter f, int limit) {
        StringBuilder sql = new StringBuilder("select * from alarm where cleared_at is null");
        List<Object> args = new ArrayList<>();
        scope(sql, args, allOrgs, orgIds, f);
        sql.append(" order by ").append(SEVERITY_RANK).append(" desc, first_at, id limit ?");
        args.add(limit);
        return jdbc.sql(sql.toString()).params(args).query(AlarmRepository::map).list();
    }

    /** Cleared alarms, the latest cleared first. */
    List<Alarm> cleared(boolean allOrgs, Long[] orgIds, AlarmFilter f, int limit) {
        StringBuilder sql = new StringBuilder("select * from alarm where cleared_at is not null");
        List<Object> args = new ArrayList<>();
        scope(sql, args, allOrgs, orgIds, f);
        sql.append(" order by cleared_at desc, id desc limit ?");
        args.add(limit);
        return jdbc.sql(sql.toString()).params(args).query(AlarmRepository::map).list();
    }

    private static void scope(StringBuilder sql, List<Object> args, boolean allOrgs, Long[] orgIds, AlarmFilter f) {
        sql.append(" and (? or org_id = any(?))");
        args.add(allOrgs);
        args.add(orgIds);
        if (f.orgId() != null) {
            sql.append(" and org_id = ?");
            args.add(f.orgId());
        }
        if (f.siteId() != null) {
            sql.append(" and site_id = ?");
            args.add(f.siteId());
        }
        if (f.severity() != null) {
            sql.append(" and severity = ?");
            args.add(f.severity().name());
        }
        Boolean acknowledged = f.acknowledged();
        if (acknowledged != null) {
            sql.append(acknowledged ? " and acknowledged_at is not null" : " and acknowledged_at is null");
        }
    }

    private static Alarm map(ResultSet rs, int row) throws SQLException {
        return new Alarm(rs.getLong("id"), rs.getLong("org_id"), rs.getString("type"), rs.getString("source_key"),
                rs.getObject("device_id", Long.class), rs.getObject("site_id", Long.class),
                rs.getObject("zone_id", Long.class), AlarmSeverity.valueOf(rs.getString("severity")),
                rs.getString("title"), Json.readMap(rs.getString("details")), rs.getInt("count"),
                instant(rs, "first_at"), instant(rs, "last_at"), rs.getObject("raised_by", Long.class),
                instant(rs, "acknowledged_at"), rs.getObject("acknowledged_by", Long.class), instant(rs, "cleared_at"),
                rs.getObject("cleared_by", Long.class), rs.getString("clear_reason"), rs.getBoolean("auto_cleared"),
                rs.getObject("assignee_id", Long.class), rs.getObject("repair_order_id", Long.class),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static AlarmComment mapComment(ResultSet rs, int row) throws SQLException {
        return new AlarmComment(rs.getLong("id"), rs.getLong("alarm_id"), rs.getObject("author_id", Long.class),
                rs.getString("author_name"), rs.getString("text"), instant(rs, "at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
