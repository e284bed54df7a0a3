package org.castellan.metering.conditions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.castellan.metering.MeterRef;
import org.castellan.platform.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code meter_condition} and the watch's view of meters, plans and archives. */
@Repository
class ConditionRepository {
    /**
     * A meter as the watch sees it at {@code now}.
     *
     * @param lastSuccess    the last successful read, or when the meter was created if it never was
     * @param newestHourlyEnd the end of the newest hourly record, or null when there is none
     */
    record WatchState(MeterRef meter, boolean silent, Instant lastSuccess, Duration silentAfter, boolean stale,
                      Instant newestHourlyEnd, Duration staleAfter) {
    }

    /**
     * Silence and staleness in SQL: a meter without a plan is neither; STALE only when the plan reads hourly
     * archives. The newest hourly record's period is the meter's wall-clock time: its end is converted with the
     * meter's time zone. A meter that never had an hourly record is stale once it exists longer than stale_after.
     */
    private static final String WATCH = """
            select m.id as meter_id, d.id as device_id, d.org_id, d.site_id, d.zone_id, d.name,
                   coalesce(m.last_success_at, m.created_at) as last_success,
                   extract(epoch from p.silent_after)::bigint as silent_after_s,
                   extract(epoch from p.stale_after)::bigint as stale_after_s,
                   h.period_end,
                   coalesce(p.id is not null
                            and coalesce(m.last_success_at, m.created_at) < cast(:now as timestamptz) - p.silent_after,
                            false) as silent,
                   coalesce(p.id is not null and p.hourly_every is not null
                            and coalesce(h.period_end, m.created_at) < cast(:now as timestamptz) - p.stale_after,
                            false) as stale
            from meter m
            join device d on d.id = m.device_id
            left join poll_plan p on p.id = m.plan_id
            left join lateral (select (max(a.period_start) + interval '1 hour') at time zone m.time_zone as period_end
                               from archive_record a
                               where a.meter_id = m.id and a.interval_kind = 'HOURLY') h on p.hourly_every is not null
            where (p.id is not null
                   or exists (select 1 from meter_condition c where c.meter_id = m.id and c.system = 0))
            """;

    private final JdbcClient jdbc;

    ConditionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serializes condition changes of one meter until the transaction ends; not a lock on the meter row, so the
     * meter service's own updates of it never wait for this (nor deadlock with it).
     */
    void lock(long meterId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('meter_condition', :meter))")
                .param("meter", meterId).query((rs, n) -> 1).list();
    }

    /** The meter's active conditions. */
    Set<Observation.Slot> active(long meterId) {
        return new HashSet<>(jdbc.sql("select system, condition from meter_condition where meter_id = :meter")
                .param("meter", meterId)
                .query((rs, n) -> new Observation.Slot(rs.getInt("system"),
                        MeterCondition.valueOf(rs.getString("condition"))))
                .list());
    }

    /** @return false when the row was there already */
    boolean insert(long meterId, Observation.Slot slot, Instant since, Map<String, Object> details) {
        return jdbc.sql("""
                insert into meter_condition (meter_id, system, condition, since, details)
                values (:meter, :system, :condition, :since, cast(:details as jsonb))
                on conflict do nothing""")
                .param("meter", meterId).param("system", slot.system()).param("condition", slot.condition().name())
                .param("since", Timestamp.from(since)).param("details", Json.write(details))
                .update() == 1;
    }

    /** @return false when there was no such row */
    boolean delete(long meterId, Observation.Slot slot) {
        return jdbc.sql("delete from meter_condition where meter_id = :meter and system = :system "
                        + "and condition = :condition")
                .param("meter", meterId).param("system", slot.system()).param("condition", slot.condition().name())
                .update() == 1;
    }

    /** Every meter with a plan, or with a meter-wide condition to end, as of {@code now}. */
    List<WatchState> watch(Instant now) {
        return jdbc.sql(WATCH).param("now", Timestamp.from(now)).query(ConditionRepository::watchState).list();
    }

    /** One meter as of {@code now}; empty when it has no plan and no meter-wide condition. */
    List<WatchState> watch(Instant now, long meterId) {
        return jdbc.sql(WATCH + " and m.id = :meter").param("now", Timestamp.from(now)).param("meter", meterId)
                .query(ConditionRepository::watchState).list();
    }

    /** Meters with a meter-wide condition: (meter id, condition) pairs. */
    List<Map.Entry<Long, MeterCondition>> allWatchConditions() {
        return jdbc.sql("select meter_id, condition from meter_condition where system = 0")
                .query((rs, n) -> Map.entry(rs.getLong("meter_id"), MeterCondition.valueOf(rs.getString("condition"))))
                .list();
    }

    private static WatchState watchState(ResultSet rs, int n) throws SQLException {
        MeterRef meter = new MeterRef(rs.getLong("meter_id"), rs.getLong("device_id"), rs.getLong("org_id"),
                rs.getObject("site_id", Long.class), rs.getObject("zone_id", Long.class), rs.getString("name"));
        Timestamp end = rs.getTimestamp("period_end");
        Long silentAfter = rs.getObject("silent_after_s", Long.class);
        Long staleAfter = rs.getObject("stale_after_s", Long.class);
        return new WatchState(meter, rs.getBoolean("silent"), rs.getTimestamp("last_success").toInstant(),
                silentAfter == null ? null : Duration.ofSeconds(silentAfter), rs.getBoolean("stale"),
                end == null ? null : end.toInstant(), staleAfter == null ? null : Duration.ofSeconds(staleAfter));
    }
}
