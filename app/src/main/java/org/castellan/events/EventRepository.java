package org.castellan.events;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The journal's SQL: one insert, a batch insert, keyset searches. */
@Repository
class EventRepository {
    private static final String COLUMNS =
            "org_id, occurred_at, type, severity, device_id, person_id, site_id, zone_id, source, message, data";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private volatile String folding;

    EventRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Event insert(NewEvent e) {
        return jdbc.sql("insert into event (" + COLUMNS + ") values (:org, :at, :type, :severity, :device, :person,"
                        + " :site, :zone, :source, :message, cast(:data as jsonb)) returning *")
                .param("org", e.orgId()).param("at", Timestamp.from(e.occurredAt())).param("type", e.type())
                .param("severity", e.severity().name()).param("device", e.deviceId()).param("person", e.personId())
                .param("site", e.siteId()).param("zone", e.zoneId()).param("source", e.source())
                .param("message", e.message()).param("data", Json.write(e.data()))
                .query(EventRepository::map).single();
    }

    /** Ids for a batch, drawn from the journal's sequence, and the database's clock as the time they are recorded. */
    Reservation reserve(int n) {
        return template.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select nextval(pg_get_serial_sequence('event', 'id')), now() from generate_series(1, ?)")) {
                ps.setInt(1, n);
                try (ResultSet rs = ps.executeQuery()) {
                    long[] ids = new long[n];
                    Instant now = null;
                    for (int i = 0; rs.next(); i++) {
                        ids[i] = rs.getLong(1);
                        now = rs.getTimestamp(2).toInstant();
                    }
                    return new Reservation(ids, now);
                }
            }
        });
    }

    record Reservation(long[] ids, Instant recordedAt) {
    }

    /**
     * Stores a batch in one statement (arrays unnested) under ids reserved before. A row already stored under its
     * id is skipped, so retrying a batch whose commit was lost with the connection never stores it twice.
     */
    void insertAll(List<Event> batch) {
        template.execute((Connection c) -> {
            int n = batch.size();
            Object[][] columns = new Object[13][n];
            for (int i = 0; i < n; i++) {
                Event e = batch.get(i);
                columns[0][i] = e.id();
                columns[1][i] = e.orgId();
                columns[2][i] = e.occurredAt().toString(); // text: an array of Timestamps is written in the JVM's zone
                columns[3][i] = e.type();
                columns[4][i] = e.severity().name();
                columns[5][i] = e.deviceId();
                columns[6][i] = e.personId();
                columns[7][i] = e.siteId();
                columns[8][i] = e.zoneId();
                columns[9][i] = e.source();
                columns[10][i] = e.message();
                columns[11][i] = Json.write(e.data());
                columns[12][i] = e.recordedAt().toString();
            }
            String[] types = {"int8", "int8", "text", "text", "text", "int8", "int8", "int8", "int8", "text",
                    "text", "text", "text"};
            try (PreparedStatement ps = c.prepareStatement("insert into event (id, " + COLUMNS + ", recorded_at)"
                    + " overriding system value select i, o, cast(a as timestamptz), t, s, d, p, si, z, so, m,"
                    + " cast(j as jsonb), cast(r as timestamptz) from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " as u(i, o, a, t, s, d, p, si, z, so, m, j, r) on conflict do nothing")) {
                List<Array> arrays = new ArrayList<>();
                for (int k = 0; k < columns.length; k++) {
                    Array a = c.createArrayOf(types[k], columns[k]);
                    arrays.add(a);
                    ps.setArray(k + 1, a);
                }
                ps.executeUpdate();
                for (Array a : arrays) {
                    a.free();
                }
            }
            return null;
        });
    }

    /**
     * Stores a batch by {@code COPY … FROM STDIN}, the fastest way into PostgreSQL (identity values given in the
     * data are kept, as with {@code OVERRIDING SYSTEM VALUE}). It cannot skip rows already stored, so it is for a
     * batch's first attempt only; a retry goes through {@link #insertAll}.
     */
    void copyAll(List<Event> batch) {
        StringBuilder csv = new StringBuilder(batch.size() * 256);
        for (Event e : batch) {
            csv.append(e.id()).append(',').append(e.orgId()).append(',').append(e.occurredAt()).append(',');
            quote(csv, e.type()).append(',').append(e.severity().name()).append(',');
            optional(csv, e.deviceId()).append(',');
            optional(csv, e.personId()).append(',');
            optional(csv, e.siteId()).append(',');
            optional(csv, e.zoneId()).append(',');
            if (e.source() != null) {
                quote(csv, e.source());
            }
            csv.append(',');
            quote(csv, e.message()).append(',');
            quote(csv, Json.write(e.data())).append(',').append(e.recordedAt()).append('\n');
        }
        template.execute((Connection c) -> {
            try {
                c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn("copy event (id, " + COLUMNS
                        + ", recorded_at) from stdin (format csv)", new java.io.StringReader(csv.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException("COPY of " + batch.size() + " events failed", "08006", e);
            }
            return null;
        });
    }

    private static StringBuilder optional(StringBuilder csv, Long value) {
        return value == null ? csv : csv.append(value.longValue());
    }

    /** A CSV field in quotes (an empty quoted field is an empty string, an unquoted empty one is null). */
    private static StringBuilder quote(StringBuilder csv, String text) {
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                csv.append('"');
            }
            csv.append(ch);
        }
        return csv.append('"');
    }

    /** Newest first; {@code limit + 1} rows are read so the caller knows whether a next page exists. */
    List<Event> search(CurrentUser user, EventFilter f, int rows) {
        StringBuilder sql = new StringBuilder("select * from event where true");
        List<Object> args = new ArrayList<>();
        if (!user.allOrgs()) {
            sql.append(" and org_id = any(?)");
            args.add(user.orgIds().toArray(Long[]::new));
        }
        condition(sql, args, " and org_id = ?", f.orgId());
        condition(sql, args, " and site_id = ?", f.siteId());
        condition(sql, args, " and zone_id = ?", f.zoneId());
        condition(sql, args, " and device_id = ?", f.deviceId());
        condition(sql, args, " and person_id = ?", f.personId());
        if (f.type() != null) {
            if (f.type().endsWith("*")) {
                sql.append(" and type like ? escape '\\'");
                args.add(likeEscaped(f.type().substring(0, f.type().length() - 1)) + "%");
            } else {
                condition(sql, args, " and type = ?", f.type());
            }
        }
        if (f.minSeverity() != null) {
            sql.append(" and severity = any(?)");
            args.add(Arrays.stream(EventSeverity.values()).filter(s -> s.compareTo(f.minSeverity()) >= 0)
                    .map(Enum::name).toArray(String[]::new));
        }
        if (f.text() != null) {
            sql.append(" and message").append(caseFolding()).append(" ilike ? escape '\\'");
            args.add("%" + likeEscaped(f.text()) + "%");
        }
        condition(sql, args, " and occurred_at >= ?", f.from() == null ? null : Timestamp.from(f.from()));
        condition(sql, args, " and occurred_at < ?", f.to() == null ? null : Timestamp.from(f.to()));
        if (f.after() != null) {
            sql.append(" and (occurred_at, id) < (?, ?)");
            args.add(Timestamp.from(f.after().occurredAt()));
            args.add(f.after().id());
        }
        sql.append(" order by occurred_at desc, id desc limit ?");
        args.add(rows);
        return jdbc.sql(sql.toString()).params(args).query(EventRepository::map).list();
    }

    /**
     * A collation that folds case beyond ASCII, so that a search for "иванов" finds "Иванов": the embedded cluster
     * (like many servers) is initialised with locale C, whose ILIKE folds ASCII only. PostgreSQL 17's built-in
     * {@code pg_c_utf8} does it everywhere; ICU's root locale where the server has ICU; otherwise the database's own.
     */
    private String caseFolding() {
        String c = folding;
        if (c == null) {
            String found = jdbc.sql("select collname from pg_collation where collname in ('pg_c_utf8', 'und-x-icu')"
                            + " and collencoding in (-1, (select encoding from pg_database where datname = current_database()))"
                            + " order by collname = 'pg_c_utf8' desc limit 1")
                    .query(String.class).optional().orElse(null);
            c = found == null ? "" : " collate \"" + found + "\"";
            folding = c;
        }
        return c;
    }

    private static void condition(StringBuilder sql, List<Object> args, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            args.add(value);
        }
    }

    private static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Event map(ResultSet rs, int row) throws SQLException {
        return new Event(rs.getLong("id"), rs.getLong("org_id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("type"),
                EventSeverity.valueOf(rs.getString("severity")), rs.getObject("device_id", Long.class),
                rs.getObject("person_id", Long.class), rs.getObject("site_id", Long.class),
                rs.getObject("zone_id", Long.class), rs.getString("source"), rs.getString("message"),
                Json.readMap(rs.getString("data")));
    }
}
