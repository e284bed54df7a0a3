package org.castellan.metering;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.castellan.platform.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The archive records of every meter ({@code archive_record}, partitioned by month of the period's start): stored
 * idempotently on (meter, interval, period start) — a record read twice is stored once, the first copy kept — with
 * the raw integer and fractional integrator parts, the decoded values, error bits, time integrators and the raw
 * record bytes.
 *
 * <p>Partitions are created on demand for the months a batch touches (a catch-up read may reach a year back); the
 * months already made are remembered per process.
 */
@Repository
public class ArchiveStore {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Set<LocalDate> partitions = ConcurrentHashMap.newKeySet();

    ArchiveStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Stores the entries not stored yet; returns how many were new. */
    public int store(long meterId, List<ArchiveEntry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        entries.stream().map(e -> e.periodStart().toLocalDate().withDayOfMonth(1)).distinct()
                .filter(month -> !partitions.contains(month)).forEach(month -> {
                    jdbc.sql("select castellan_ensure_archive_partition(:m)").param("m", month).query(String.class)
                            .single();
                    partitions.add(month);
                });
        int[][] counts = template.batchUpdate("""
                insert into archive_record (meter_id, interval_kind, period_start, written_at, systems, error_bits,
                    temperatures, pressures, total_energy, powered_s, raw)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, cast(? as jsonb), ?, ?)
                on conflict do nothing""", entries, 500, (ps, e) -> {
                    ps.setLong(1, meterId);
                    ps.setString(2, e.interval().name());
                    ps.setObject(3, e.periodStart());
                    ps.setObject(4, e.writtenAt());
                    ps.setString(5, Json.write(e.systems().stream().map(ArchiveStore::system).toList()));
                    ps.setInt(6, e.systems().stream().mapToInt(SystemEntry::errorBits).reduce(0, (a, b) -> a | b));
                    ps.setArray(7, ps.getConnection().createArrayOf("real", e.temperatures().toArray()));
                    ps.setArray(8, ps.getConnection().createArrayOf("real", e.pressures().toArray()));
                    ps.setString(9, e.totalEnergy() == null ? null : Json.write(counter(e.totalEnergy())));
                    ps.setLong(10, e.poweredTime());
                    ps.setBytes(11, e.raw());
                });
        int stored = 0;
        for (int[] batch : counts) {
            for (int c : batch) {
                stored += Math.max(c, 0);
            }
        }
        return stored;
    }

    /** The entries of one meter and interval with period starts in [{@code from}, {@code to}], oldest first. */
    public List<ArchiveEntry> entries(long meterId, ArchiveInterval interval, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("""
                select * from archive_record where meter_id = :m and interval_kind = :k
                   and period_start between :from and :to order by period_start""")
                .param("m", meterId).param("k", interval.name()).param("from", from).param("to", to)
                .query(ArchiveStore::map).list();
    }

    /** The newest {@code limit} entries, newest first. */
    public List<ArchiveEntry> newest(long meterId, ArchiveInterval interval, int limit) {
        return jdbc.sql("""
                select * from archive_record where meter_id = :m and interval_kind = :k
                 order by period_start desc limit :limit""")
                .param("m", meterId).param("k", interval.name()).param("limit", limit).query(ArchiveStore::map).list();
    }

    /** The newest entry's period start. */
    public Optional<LocalDateTime> newestStart(long meterId, ArchiveInterval interval) {
        return jdbc.sql("""
                select max(period_start) from archive_record where meter_id = :m and interval_kind = :k""")
                .param("m", meterId).param("k", interval.name()).query(LocalDateTime.class).optional();
    }

    /** How many records of each interval a meter has. */
    public Map<ArchiveInterval, Long> counts(long meterId) {
        Map<ArchiveInterval, Long> counts = new LinkedHashMap<>();
        for (ArchiveInterval interval : ArchiveInterval.values()) {
            counts.put(interval, 0L);
        }
        jdbc.sql("select interval_kind, count(*) from archive_record where meter_id = :m group by interval_kind")
                .param("m", meterId).query((rs, row) -> counts.put(ArchiveInterval.valueOf(rs.getString(1)),
                        rs.getLong(2))).list();
        return counts;
    }

    private static Map<String, Object> system(SystemEntry s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", s.number());
        m.put("energy", counter(s.energy()));
        m.put("mass", counter(s.mass()));
        m.put("volume", counter(s.volume()));
        m.put("operating", s.operating());
        m.put("e1", s.flowBelowMin());
        m.put("e2", s.flowAboveMax());
        m.put("e3", s.deltaTBelowMin());
        m.put("e4", s.technicalFault());
        m.put("errorBits", s.errorBits());
        return m;
    }

    /** The raw parts as the meter sent them (the fraction as the float's shortest decimal text) and the exact value. */
    private static Map<String, Object> counter(Counter c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("i", c.integer());
        m.put("f", Float.toString(c.fraction()));
        m.put("comma", c.comma());
        m.put("scale", c.scale());
        m.put("value", c.value().toPlainString());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Counter counter(Object json) {
        Map<String, Object> m = (Map<String, Object>) json;
        return new Counter(((Number) m.get("i")).longValue(), Float.parseFloat((String) m.get("f")),
                ((Number) m.get("comma")).intValue(), ((Number) m.get("scale")).intValue(),
                new BigDecimal((String) m.get("value")));
    }

    @SuppressWarnings("unchecked")
    static ArchiveEntry map(ResultSet rs, int row) throws SQLException {
        List<SystemEntry> systems = new ArrayList<>();
        for (Object o : Json.read(rs.getString("systems"), new tools.jackson.core.type.TypeReference<List<Object>>() { })) {
            Map<String, Object> s = (Map<String, Object>) o;
            systems.add(new SystemEntry(((Number) s.get("number")).intValue(), counter(s.get("energy")),
                    counter(s.get("mass")), counter(s.get("volume")), ((Number) s.get("operating")).longValue(),
                    ((Number) s.get("e1")).longValue(), ((Number) s.get("e2")).longValue(),
                    ((Number) s.get("e3")).longValue(), ((Number) s.get("e4")).longValue(),
                    ((Number) s.get("errorBits")).intValue()));
        }
        String total = rs.getString("total_energy");
        return new ArchiveEntry(ArchiveInterval.valueOf(rs.getString("interval_kind")),
                rs.getObject("period_start", LocalDateTime.class), rs.getObject("written_at", LocalDateTime.class),
                systems, floats(rs.getArray("temperatures")), floats(rs.getArray("pressures")),
                total == null ? null : counter(Json.readMap(total)), rs.getLong("powered_s"), rs.getBytes("raw"));
    }

    static List<Float> floats(Array array) throws SQLException {
        List<Float> values = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            values.add(o == null ? Float.NaN : ((Number) o).floatValue());
        }
        return values;
    }

    static Timestamp ts(java.time.Instant at) {
        return Timestamp.from(at);
    }
}
