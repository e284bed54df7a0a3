package org.castellan.devices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Json;
import org.castellan.platform.LiveFeed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only journal of everything that happens. Any module appends; events are published to the
 * {@link LiveFeed} (topic {@value #TOPIC}) once the transaction that appended them commits, so a subscriber
 * never sees an event that was rolled back. Reading is scoped to the caller's organizations. Thread-safe.
 */
@Service
public class EventJournal {
    public static final String TOPIC = "event";

    private final JdbcClient jdbc;
    private final LiveFeed feed;

    EventJournal(JdbcClient jdbc, LiveFeed feed) {
        this.jdbc = jdbc;
        this.feed = feed;
    }

    @Transactional
    public Event append(NewEvent e) {
        Event stored = jdbc.sql("""
                insert into event (org_id, occurred_at, type, severity, device_id, site_id, source, message, data)
                values (:org, :at, :type, :severity, :device, :site, :source, :message, cast(:data as jsonb))
                returning *""")
                .param("org", e.orgId()).param("at", Timestamp.from(e.occurredAt())).param("type", e.type())
                .param("severity", e.severity().name()).param("device", e.deviceId()).param("site", e.siteId())
                .param("source", e.source()).param("message", e.message()).param("data", Json.write(e.data()))
                .query(EventJournal::map).single();
        publishAfterCommit(stored);
        return stored;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Event> find(CurrentUser user, EventFilter f) {
        StringBuilder sql = new StringBuilder("select * from event where (? or org_id = any(?))");
        List<Object> args = new ArrayList<>(List.of(user.allOrgs(), user.orgIds().toArray(Long[]::new)));
        if (f.orgId() != null) {
            sql.append(" and org_id = ?");
            args.add(f.orgId());
        }
        if (f.deviceId() != null) {
            sql.append(" and device_id = ?");
            args.add(f.deviceId());
        }
        if (f.type() != null && !f.type().isBlank()) {
            sql.append(" and type = ?");
            args.add(f.type().trim());
        }
        if (f.minSeverity() != null) {
            sql.append(" and severity = any(?)");
            args.add(Arrays.stream(EventSeverity.values()).filter(s -> s.compareTo(f.minSeverity()) >= 0)
                    .map(Enum::name).toArray(String[]::new));
        }
        if (f.from() != null) {
            sql.append(" and occurred_at >= ?");
            args.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            sql.append(" and occurred_at < ?");
            args.add(Timestamp.from(f.to()));
        }
        sql.append(" order by occurred_at desc, id desc limit ?");
        args.add(f.limit());
        return jdbc.sql(sql.toString()).params(args).query(EventJournal::map).list();
    }

    private void publishAfterCommit(Event event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            feed.publish(TOPIC, event.orgId(), event);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                feed.publish(TOPIC, event.orgId(), event);
            }
        });
    }

    private static Event map(ResultSet rs, int row) throws SQLException {
        return new Event(rs.getLong("id"), rs.getLong("org_id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("type"),
                EventSeverity.valueOf(rs.getString("severity")), rs.getObject("device_id", Long.class),
                rs.getObject("site_id", Long.class), rs.getString("source"), rs.getString("message"),
                Json.readMap(rs.getString("data")));
    }
}
