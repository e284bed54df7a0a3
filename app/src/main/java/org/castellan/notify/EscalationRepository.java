package org.castellan.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.castellan.events.EventSeverity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of {@code notification_alarm_state} (what notify learnt of each alarm from its events) and
 * {@code notification_schedule} (timed work: grace, escalation steps, reminders), V11.
 */
@Repository
class EscalationRepository {
    /** Kinds of timed work. */
    enum Kind { GRACE, ESCALATION, REMINDER }

    /** An alarm as the {@code alarm.*} events described it. */
    record AlarmState(long alarmId, MessageTemplates.Facts facts, boolean acknowledged, boolean cleared) {
    }

    /** A claimed row of timed work. */
    record Due(long id, long alarmId, long ruleId, Kind kind, int step, Instant dueAt) {
    }

    private final JdbcClient jdbc;

    EscalationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void raised(long alarmId, MessageTemplates.Facts facts) {
        jdbc.sql("""
                insert into notification_alarm_state (alarm_id, org_id, event_id, raised_at, alarm_type, severity,
                    site_id, device_id, message, count)
                values (:alarm, :org, :event, :at, :type, :severity, :site, :device, :message, :count)
                on conflict (alarm_id) do update set severity = excluded.severity, count = excluded.count,
                    message = excluded.message, updated_at = now()""")
                .param("alarm", alarmId).param("org", facts.orgId()).param("event", facts.eventId())
                .param("at", Timestamp.from(facts.at())).param("type", facts.type())
                .param("severity", facts.severity().name()).param("site", facts.siteId())
                .param("device", facts.deviceId()).param("message", facts.message() == null ? "" : facts.message())
                .param("count", facts.count()).update();
    }

    void repeated(long alarmId, EventSeverity severity, int count, String message) {
        jdbc.sql("""
                update notification_alarm_state set severity = :severity, count = :count, message = :message,
                    updated_at = now() where alarm_id = :alarm""")
                .param("severity", severity.name()).param("count", count).param("message", message)
                .param("alarm", alarmId).update();
    }

    void acknowledged(long alarmId) {
        jdbc.sql("update notification_alarm_state set acknowledged = true, updated_at = now() where alarm_id = :alarm")
                .param("alarm", alarmId).update();
    }

    void cleared(long alarmId) {
        jdbc.sql("update notification_alarm_state set cleared = true, updated_at = now() where alarm_id = :alarm")
                .param("alarm", alarmId).update();
    }

    Optional<AlarmState> state(long alarmId) {
        return jdbc.sql("select * from notification_alarm_state where alarm_id = :alarm").param("alarm", alarmId)
                .query(EscalationRepository::state).optional();
    }

    void schedule(long alarmId, long ruleId, Kind kind, int step, Instant dueAt) {
        jdbc.sql("""
                insert into notification_schedule (alarm_id, rule_id, kind, step, due_at)
                values (:alarm, :rule, :kind, :step, :due)""")
                .param("alarm", alarmId).param("rule", ruleId).param("kind", kind.name()).param("step", step)
                .param("due", Timestamp.from(dueAt)).update();
    }

    /** Marks the alarm's pending work of these kinds done; @return the rules whose work that was */
    List<Long> cancel(long alarmId, List<Kind> kinds) {
        return jdbc.sql("""
                update notification_schedule set done = true
                where alarm_id = :alarm and not done and kind = any(:kinds) returning rule_id""")
                .param("alarm", alarmId).param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .query(Long.class).list();
    }

    /** Claims due work, earliest first; rows another node holds are skipped. Inside a transaction. */
    List<Due> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                select id, alarm_id, rule_id, kind, step, due_at from notification_schedule
                where not done and due_at <= :now order by due_at, id limit :limit for update skip locked""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, row) -> new Due(rs.getLong("id"), rs.getLong("alarm_id"), rs.getLong("rule_id"),
                        Kind.valueOf(rs.getString("kind")), rs.getInt("step"), rs.getTimestamp("due_at").toInstant()))
                .list();
    }

    void done(long id) {
        jdbc.sql("update notification_schedule set done = true where id = :id").param("id", id).update();
    }

    /**
     * Forgets finished work and cleared alarms with no work left, last touched before {@code before}.
     *
     * @return rows deleted
     */
    int purge(Instant before) {
        int work = jdbc.sql("delete from notification_schedule where done and due_at < :before")
                .param("before", Timestamp.from(before)).update();
        int alarms = jdbc.sql("""
                delete from notification_alarm_state a where cleared and updated_at < :before
                  and not exists(select 1 from notification_schedule s where s.alarm_id = a.alarm_id and not s.done)""")
                .param("before", Timestamp.from(before)).update();
        return work + alarms;
    }

    private static AlarmState state(ResultSet rs, int row) throws SQLException {
        long alarmId = rs.getLong("alarm_id");
        MessageTemplates.Facts facts = new MessageTemplates.Facts(rs.getLong("org_id"), rs.getString("alarm_type"),
                EventSeverity.valueOf(rs.getString("severity")), rs.getObject("site_id", Long.class),
                rs.getObject("device_id", Long.class), rs.getString("message"), rs.getInt("count"),
                rs.getTimestamp("raised_at").toInstant(), rs.getLong("event_id"), alarmId);
        return new AlarmState(alarmId, facts, rs.getBoolean("acknowledged"), rs.getBoolean("cleared"));
    }
}
