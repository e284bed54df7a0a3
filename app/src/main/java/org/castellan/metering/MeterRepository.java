package org.castellan.metering;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.platform.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/**
 * SQL for {@code meter} and {@code poll_plan}. No scope checks: {@link MeterService} does them. A meter row is read
 * joined with its device (name, organization, place).
 */
@Repository
class MeterRepository {
    private static final String SELECT = """
            select m.*, d.org_id, d.site_id, d.zone_id, d.name from meter m join device d on d.id = m.device_id
            """;
    private static final TypeReference<List<MeterSystemInfo>> SYSTEMS = new TypeReference<>() { };

    private final JdbcClient jdbc;

    MeterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Meter> find(boolean allOrgs, Long[] orgIds, Long orgId, Long siteId) {
        return jdbc.sql(SELECT + """
                 where (? or d.org_id = any(?)) and (?::bigint is null or d.org_id = ?)
                   and (?::bigint is null or d.site_id = ?)
                 order by d.name, m.id limit 50000""")
                .params(allOrgs, orgIds, orgId, orgId, siteId, siteId).query(MeterRepository::map).list();
    }

    Optional<Meter> byId(long id) {
        return jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(MeterRepository::map).optional();
    }

    Optional<Meter> byDevice(long deviceId) {
        return jdbc.sql(SELECT + " where m.device_id = :id").param("id", deviceId).query(MeterRepository::map)
                .optional();
    }

    List<Meter> onLine(String line) {
        return jdbc.sql(SELECT + " where m.line = :line order by m.address").param("line", line)
                .query(MeterRepository::map).list();
    }

    List<Meter> withPlan() {
        return jdbc.sql(SELECT + " where m.plan_id is not null order by m.id").query(MeterRepository::map).list();
    }

    boolean lineAddressTaken(String line, int address, long exceptId) {
        return jdbc.sql("select exists(select 1 from meter where line = :line and address = :a and id <> :id)")
                .param("line", line).param("a", address).param("id", exceptId).query(Boolean.class).single();
    }

    long insert(long deviceId, MeterForm f) {
        return jdbc.sql("""
                insert into meter (device_id, connection, modem_id, host, port, serial_port, baud_rate, address, line,
                    time_zone, plan_id, consumer, contract_number, address_text, heat_supplier, next_verification,
                    reporting_day, statement_system, return_system, limits)
                values (:device, :connection, :modem, :host, :port, :serial, :baud, :address, :line, :tz, :plan,
                    :consumer, :contract, :addressText, :supplier, :verification, :reportingDay, :system, :returnSystem,
                    cast(:limits as jsonb))
                returning id""").param("device", deviceId).params(formParams(f)).query(Long.class).single();
    }

    void update(long id, MeterForm f) {
        jdbc.sql("""
                update meter set connection = :connection, modem_id = :modem, host = :host, port = :port,
                    serial_port = :serial, baud_rate = :baud, address = :address, line = :line, time_zone = :tz,
                    plan_id = :plan, consumer = :consumer, contract_number = :contract, address_text = :addressText,
                    heat_supplier = :supplier, next_verification = :verification, reporting_day = :reportingDay,
                    statement_system = :system, return_system = :returnSystem, limits = cast(:limits as jsonb),
                    updated_at = now()
                where id = :id""").param("id", id).params(formParams(f)).update();
    }

    private static Map<String, Object> formParams(MeterForm f) {
        java.util.HashMap<String, Object> p = new java.util.HashMap<>();
        p.put("connection", f.connection().name());
        p.put("modem", f.connection() == MeterConnection.MODEM ? f.modemId() : null);
        p.put("host", f.connection() == MeterConnection.TCP ? f.host() : null);
        p.put("port", f.connection() == MeterConnection.TCP ? f.port() : null);
        p.put("serial", f.connection() == MeterConnection.SERIAL ? f.serialPort() : null);
        p.put("baud", f.baudRate());
        p.put("address", f.address());
        p.put("line", f.line());
        p.put("tz", f.timeZone());
        p.put("plan", f.planId());
        p.put("consumer", f.consumer());
        p.put("contract", f.contractNumber());
        p.put("addressText", f.addressText());
        p.put("supplier", f.heatSupplier());
        p.put("verification", f.nextVerification() == null ? null : Date.valueOf(f.nextVerification()));
        p.put("reportingDay", f.reportingDay());
        p.put("system", f.statementSystem());
        p.put("returnSystem", f.returnSystem());
        p.put("limits", Json.write(f.limits()));
        return p;
    }

    void delete(long id) {
        jdbc.sql("delete from meter where id = :id").param("id", id).update();
    }

    /** What the device said about itself: model, serial number, configured systems. */
    void identified(long id, String model, String serialNumber, List<MeterSystemInfo> systems, Instant at) {
        jdbc.sql("""
                update meter set model = :model, serial_number = :serial, systems = cast(:systems as jsonb),
                    identified_at = :at, updated_at = now() where id = :id""")
                .param("model", model).param("serial", serialNumber).param("systems", Json.write(systems))
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void attempted(long id, Instant at, String error) {
        if (error == null) {
            jdbc.sql("update meter set last_attempt_at = :at, last_success_at = :at, last_error = null where id = :id")
                    .param("at", Timestamp.from(at)).param("id", id).update();
        } else {
            jdbc.sql("update meter set last_attempt_at = :at, last_error = :error where id = :id")
                    .param("at", Timestamp.from(at)).param("error", error).param("id", id).update();
        }
    }

    void clockOffset(long id, long seconds) {
        jdbc.sql("update meter set clock_offset_s = :s where id = :id").param("s", seconds).param("id", id).update();
    }

    static Meter map(ResultSet rs, int row) throws SQLException {
        List<MeterSystemInfo> systems = Json.read(rs.getString("systems"), SYSTEMS);
        Date verification = rs.getDate("next_verification");
        return new Meter(rs.getLong("id"), rs.getLong("device_id"), rs.getLong("org_id"), (Long) rs.getObject("site_id"),
                (Long) rs.getObject("zone_id"), rs.getString("name"), rs.getString("make"),
                MeterConnection.valueOf(rs.getString("connection")), (Long) rs.getObject("modem_id"),
                rs.getString("host"), (Integer) rs.getObject("port"), rs.getString("serial_port"),
                rs.getInt("baud_rate"), rs.getInt("address"), rs.getString("line"), ZoneId.of(rs.getString("time_zone")),
                (Long) rs.getObject("plan_id"), rs.getString("serial_number"), rs.getString("model"), systems,
                instant(rs, "identified_at"), rs.getString("consumer"), rs.getString("contract_number"),
                rs.getString("address_text"), rs.getString("heat_supplier"),
                verification == null ? null : verification.toLocalDate(), rs.getInt("reporting_day"),
                rs.getInt("statement_system"), (Integer) rs.getObject("return_system"),
                Json.readMap(rs.getString("limits")), (Long) rs.getObject("clock_offset_s"),
                instant(rs, "last_attempt_at"), instant(rs, "last_success_at"), rs.getString("last_error"),
                instant(rs, "created_at"));
    }

    // plans

    private static final String PLAN_SELECT = """
            select p.*, extract(epoch from current_every)::bigint as current_s,
                extract(epoch from hourly_every)::bigint as hourly_s, extract(epoch from daily_every)::bigint as daily_s,
                extract(epoch from monthly_every)::bigint as monthly_s, extract(epoch from retry_after)::bigint as retry_s,
                extract(epoch from silent_after)::bigint as silent_s, extract(epoch from stale_after)::bigint as stale_s
            from poll_plan p
            """;

    List<PollPlan> plans(boolean allOrgs, Long[] orgIds) {
        return jdbc.sql(PLAN_SELECT + " where ? or org_id = any(?) order by name").params(allOrgs, orgIds)
                .query(MeterRepository::plan).list();
    }

    Optional<PollPlan> plan(long id) {
        return jdbc.sql(PLAN_SELECT + " where id = :id").param("id", id).query(MeterRepository::plan).optional();
    }

    long insertPlan(PollPlanForm f) {
        return jdbc.sql("""
                insert into poll_plan (org_id, name, current_every, hourly_every, hourly_depth, daily_every, daily_depth,
                    monthly_every, monthly_depth, window_start, window_end, wake_first, max_attempts, retry_after,
                    silent_after, stale_after)
                values (:org, :name, :current * interval '1 second', :hourly * interval '1 second', :hourlyDepth,
                    :daily * interval '1 second', :dailyDepth, :monthly * interval '1 second', :monthlyDepth,
                    :windowStart, :windowEnd, :wake, :attempts, :retry * interval '1 second',
                    :silent * interval '1 second', :stale * interval '1 second')
                returning id""").params(planParams(f)).query(Long.class).single();
    }

    void updatePlan(long id, PollPlanForm f) {
        jdbc.sql("""
                update poll_plan set name = :name, current_every = :current * interval '1 second',
                    hourly_every = :hourly * interval '1 second', hourly_depth = :hourlyDepth,
                    daily_every = :daily * interval '1 second', daily_depth = :dailyDepth,
                    monthly_every = :monthly * interval '1 second', monthly_depth = :monthlyDepth,
                    window_start = :windowStart, window_end = :windowEnd, wake_first = :wake,
                    max_attempts = :attempts, retry_after = :retry * interval '1 second',
                    silent_after = :silent * interval '1 second', stale_after = :stale * interval '1 second',
                    updated_at = now()
                where id = :id""").param("id", id).params(planParams(f)).update();
    }

    void deletePlan(long id) {
        jdbc.sql("delete from poll_plan where id = :id").param("id", id).update();
    }

    private static Map<String, Object> planParams(PollPlanForm f) {
        java.util.HashMap<String, Object> p = new java.util.HashMap<>();
        p.put("org", f.orgId());
        p.put("name", f.name());
        p.put("current", seconds(f.currentEvery()));
        p.put("hourly", seconds(f.hourlyEvery()));
        p.put("hourlyDepth", f.hourlyDepth());
        p.put("daily", seconds(f.dailyEvery()));
        p.put("dailyDepth", f.dailyDepth());
        p.put("monthly", seconds(f.monthlyEvery()));
        p.put("monthlyDepth", f.monthlyDepth());
        p.put("windowStart", f.windowStart() == null ? null : Time.valueOf(f.windowStart()));
        p.put("windowEnd", f.windowEnd() == null ? null : Time.valueOf(f.windowEnd()));
        p.put("wake", f.wakeFirst());
        p.put("attempts", f.maxAttempts());
        p.put("retry", seconds(f.retryAfter()));
        p.put("silent", seconds(f.silentAfter()));
        p.put("stale", seconds(f.staleAfter()));
        return p;
    }

    private static Long seconds(Duration d) {
        return d == null ? null : d.toSeconds();
    }

    static PollPlan plan(ResultSet rs, int row) throws SQLException {
        Time start = rs.getTime("window_start");
        Time end = rs.getTime("window_end");
        return new PollPlan(rs.getLong("id"), rs.getLong("org_id"), rs.getString("name"), duration(rs, "current_s"),
                duration(rs, "hourly_s"), rs.getInt("hourly_depth"), duration(rs, "daily_s"), rs.getInt("daily_depth"),
                duration(rs, "monthly_s"), rs.getInt("monthly_depth"), start == null ? null : start.toLocalTime(),
                end == null ? null : end.toLocalTime(), rs.getBoolean("wake_first"), rs.getInt("max_attempts"),
                duration(rs, "retry_s"), duration(rs, "silent_s"), duration(rs, "stale_s"));
    }

    private static Duration duration(ResultSet rs, String column) throws SQLException {
        long s = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofSeconds(s);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
