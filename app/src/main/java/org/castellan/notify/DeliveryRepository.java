package org.castellan.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.castellan.platform.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for notification_delivery: records, claims by workers on any node, outcomes, the log. */
@Repository
class DeliveryRepository {
    private static final String COLUMNS = """
            id, org_id, channel, address, user_id, subject, body, status, attempts, last_error, queued_at, sent_at,
            next_attempt_at, event_id, alarm_id, rule_id""";

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Message m, DeliveryStatus status, String reason, Instant at) {
        return jdbc.sql("""
                insert into notification_delivery (org_id, channel, address, user_id, subject, body, payload, status,
                    last_error, queued_at, next_attempt_at, event_id, alarm_id, rule_id)
                values (:org, :channel, :address, :user, :subject, :body, cast(:payload as jsonb), :status,
                    :reason, :at, :next, :event, :alarm, :rule)
                returning id""")
                .param("org", m.orgId()).param("channel", m.channel().name()).param("address", m.address())
                .param("user", m.userId()).param("subject", nonNull(m.subject())).param("body", nonNull(m.body()))
                .param("payload", Json.write(m.payload() == null ? java.util.Map.of() : m.payload()))
                .param("status", status.name()).param("reason", reason).param("at", Timestamp.from(at))
                .param("next", status == DeliveryStatus.QUEUED ? Timestamp.from(at) : null)
                .param("event", m.eventId()).param("alarm", m.alarmId()).param("rule", m.ruleId())
                .query(Long.class).single();
    }

    /**
     * Claims up to {@code limit} due deliveries (QUEUED or RETRYING, due by {@code now}, not held by a live claim)
     * for {@code node} until {@code until}. Concurrent nodes skip each other's locked rows.
     */
    List<Outgoing> claim(String node, Instant now, Instant until, int limit, Long onlyId) {
        return claim(node, now, until, limit, onlyId, null);
    }

    /** The same, of one channel only ({@code channel} null: any). */
    List<Outgoing> claim(String node, Instant now, Instant until, int limit, Long onlyId, ChannelKind channel) {
        return jdbc.sql("""
                update notification_delivery d set claimed_by = :node, claimed_until = :until
                where d.id in (select id from notification_delivery
                               where status in ('QUEUED', 'RETRYING') and next_attempt_at <= :now
                                 and (claimed_until is null or claimed_until < :now)
                                 and (cast(:only as bigint) is null or id = :only)
                                 and (cast(:channel as varchar) is null or channel = :channel)
                               order by next_attempt_at, id for update skip locked limit :limit)
                returning d.*""")
                .param("node", node).param("until", Timestamp.from(until)).param("now", Timestamp.from(now))
                .param("only", onlyId).param("limit", limit)
                .param("channel", channel == null ? null : channel.name())
                .query((rs, row) -> new Outgoing(map(rs, row), Json.readMap(rs.getString("payload")))).list();
    }

    void sent(long id, int attempts, Instant at) {
        jdbc.sql("""
                update notification_delivery set status = 'SENT', attempts = :attempts, sent_at = :at,
                    next_attempt_at = null, claimed_by = null, claimed_until = null where id = :id""")
                .param("attempts", attempts).param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** {@code next} null: the last attempt failed (FAILED); otherwise RETRYING at {@code next}. */
    void failed(long id, int attempts, String error, Instant next) {
        jdbc.sql("""
                update notification_delivery set status = :status, attempts = :attempts, last_error = :error,
                    next_attempt_at = :next, claimed_by = null, claimed_until = null where id = :id""")
                .param("status", next == null ? "FAILED" : "RETRYING").param("attempts", attempts)
                .param("error", error).param("next", next == null ? null : Timestamp.from(next)).param("id", id)
                .update();
    }

    /** A FAILED delivery gets a fresh set of attempts, due at once. @return whether it was FAILED */
    boolean retry(long id, Instant now) {
        return jdbc.sql("""
                update notification_delivery set status = 'QUEUED', attempts = 0, next_attempt_at = :now
                where id = :id and status = 'FAILED'""")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    Optional<Delivery> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from notification_delivery where id = :id").param("id", id)
                .query(DeliveryRepository::map).optional();
    }

    List<Delivery> find(Collection<Long> orgIds, DeliveryFilter filter) {
        return jdbc.sql("select " + COLUMNS + """
                 from notification_delivery
                where (cast(:all as boolean) or org_id = any(:orgs))
                  and (cast(:org as bigint) is null or org_id = :org)
                  and (cast(:status as varchar) is null or status = :status)
                  and (cast(:channel as varchar) is null or channel = :channel)
                order by queued_at desc, id desc limit :limit""")
                .param("all", orgIds == null).param("orgs", orgIds == null ? new Long[0] : orgIds.toArray(Long[]::new))
                .param("org", filter.orgId())
                .param("status", filter.status() == null ? null : filter.status().name())
                .param("channel", filter.channel() == null ? null : filter.channel().name())
                .param("limit", filter.rows())
                .query(DeliveryRepository::map).list();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Delivery map(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getLong("org_id"), ChannelKind.valueOf(rs.getString("channel")),
                rs.getString("address"), rs.getObject("user_id", Long.class), rs.getString("subject"),
                rs.getString("body"), DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("last_error"), instant(rs, "queued_at"), instant(rs, "sent_at"),
                instant(rs, "next_attempt_at"), rs.getObject("event_id", Long.class),
                rs.getObject("alarm_id", Long.class), rs.getObject("rule_id", Long.class));
    }
}
