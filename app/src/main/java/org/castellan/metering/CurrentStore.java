package org.castellan.metering;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.castellan.platform.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Current-value snapshots ({@code current_snapshot}, partitioned by month of {@code taken_at}), kept for
 * {@code castellan.metering.current-retention}: {@link #prune} drops the months wholly older and deletes the rest
 * row by row.
 */
@Repository
public class CurrentStore {
    private final JdbcClient jdbc;
    private final Set<LocalDate> partitions = ConcurrentHashMap.newKeySet();

    CurrentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A snapshot as stored.
     *
     * @param takenAt when we read it
     */
    public record Snapshot(long meterId, Instant takenAt, CurrentEntry values) {
    }

    public void save(long meterId, Instant takenAt, CurrentEntry values) {
        LocalDate month = LocalDate.ofInstant(takenAt, ZoneOffset.UTC).withDayOfMonth(1);
        if (!partitions.contains(month)) {
            jdbc.sql("select castellan_ensure_snapshot_partition(:m)").param("m", month).query(String.class).single();
            partitions.add(month); // only once made: a failed attempt is tried again by the next snapshot
        }
        jdbc.sql("""
                insert into current_snapshot (meter_id, taken_at, meter_clock, temperatures, pressures, volume_flows,
                    mass_flows, systems)
                values (:m, :at, :clock, cast(:t as real[]), cast(:p as real[]), cast(:v as real[]), cast(:g as real[]),
                    cast(:s as jsonb))
                on conflict do nothing""")
                .param("m", meterId).param("at", Timestamp.from(takenAt)).param("clock", values.meterClock())
                .param("t", array(values.temperatures())).param("p", array(values.pressures()))
                .param("v", array(values.volumeFlows())).param("g", array(values.massFlows()))
                .param("s", Json.write(values.systems().stream().map(CurrentStore::system).toList())).update();
    }

    /** The newest snapshot of a meter. */
    public Optional<Snapshot> latest(long meterId) {
        return jdbc.sql("select * from current_snapshot where meter_id = :m order by taken_at desc limit 1")
                .param("m", meterId).query((rs, row) -> snapshot(rs)).optional();
    }

    /** The newest snapshot of every meter that has one. */
    public Map<Long, Snapshot> latestOfAll() {
        Map<Long, Snapshot> result = new LinkedHashMap<>();
        jdbc.sql("select distinct on (meter_id) * from current_snapshot order by meter_id, taken_at desc")
                .query((rs, row) -> snapshot(rs)).list().forEach(s -> result.put(s.meterId(), s));
        return result;
    }

    /** Snapshots of a meter taken in [from, to), oldest first. */
    public List<Snapshot> between(long meterId, Instant from, Instant to) {
        return jdbc.sql("""
                select * from current_snapshot where meter_id = :m and taken_at >= :from and taken_at < :to
                 order by taken_at""").param("m", meterId).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).query((rs, row) -> snapshot(rs)).list();
    }

    /** Removes snapshots taken before {@code before}: whole monthly partitions first, then rows. Returns rows removed. */
    public int prune(Instant before) {
        LocalDate firstKept = LocalDate.ofInstant(before, ZoneOffset.UTC).withDayOfMonth(1);
        List<String> old = jdbc.sql("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                 where i.inhparent = 'current_snapshot'::regclass and c.relname ~ '^current_snapshot_[0-9]{4}_[0-9]{2}$'
                   and to_date(substr(c.relname, 18), 'YYYY_MM') < :first""")
                .param("first", firstKept).query(String.class).list();
        for (String table : old) {
            jdbc.sql("drop table if exists " + table).update();
            partitions.remove(LocalDate.parse(table.substring(17).replace('_', '-') + "-01"));
        }
        return jdbc.sql("delete from current_snapshot where taken_at < :before").param("before", Timestamp.from(before))
                .update();
    }

    private static Snapshot snapshot(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<SystemEntry> systems = new ArrayList<>();
        // the snapshot keeps the values a console shows; integrators are in the archive
        return new Snapshot(rs.getLong("meter_id"), rs.getTimestamp("taken_at").toInstant(),
                new CurrentEntry(rs.getObject("meter_clock", LocalDateTime.class),
                        ArchiveStore.floats(rs.getArray("temperatures")), ArchiveStore.floats(rs.getArray("pressures")),
                        ArchiveStore.floats(rs.getArray("volume_flows")), ArchiveStore.floats(rs.getArray("mass_flows")),
                        systems));
    }

    private static Map<String, Object> system(SystemEntry s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", s.number());
        m.put("energy", s.energy().value().toPlainString());
        m.put("mass", s.mass().value().toPlainString());
        m.put("volume", s.volume().value().toPlainString());
        m.put("operating", s.operating());
        return m;
    }

    private static String array(List<Float> values) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Float v = values.get(i);
            sb.append(v == null || v.isNaN() ? "NaN" : Float.toString(v));
        }
        return sb.append('}').toString();
    }
}
