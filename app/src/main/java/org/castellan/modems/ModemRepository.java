package org.castellan.modems;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.castellan.platform.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for modem and modem_session. No scope checks: {@link ModemService} does them. Names and sites are the device
 * registry's; the service adds them.
 */
@Repository
class ModemRepository {
    private final JdbcClient jdbc;

    ModemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Modem> find(boolean allOrgs, Long[] orgIds, ModemFilter f) {
        StringBuilder sql = new StringBuilder(
                "select * from modem where (? or (device_id is not null and org_id = any(?)))");
        List<Object> args = new ArrayList<>(List.of(allOrgs, orgIds));
        if (f.orgId() != null) {
            sql.append(" and org_id = ?");
            args.add(f.orgId());
        }
        if (f.online() != null) {
            sql.append(" and online = ?");
            args.add(f.online());
        }
        if (f.pending() != null) {
            sql.append(f.pending() ? " and device_id is null" : " and device_id is not null");
        }
        sql.append(" order by imei, channel limit 50000");
        return jdbc.sql(sql.toString()).params(args).query(ModemRepository::map).list();
    }

    Optional<Modem> byId(long id) {
        return jdbc.sql("select * from modem where id = :id").param("id", id).query(ModemRepository::map).optional();
    }

    Optional<Modem> byKey(String imei, int channel) {
        return jdbc.sql("select * from modem where imei = :imei and channel = :channel")
                .param("imei", imei).param("channel", channel).query(ModemRepository::map).optional();
    }

    List<Modem> all() {
        return jdbc.sql("select * from modem order by id").query(ModemRepository::map).list();
    }

    boolean portTaken(int port, long exceptId) {
        return jdbc.sql("select exists(select 1 from modem where poller_port = :port and id <> :id)")
                .param("port", port).param("id", exceptId).query(Boolean.class).single();
    }

    /** Registers a modem or takes over the pending row of the same IMEI and channel. */
    long register(ModemForm f, long deviceId) {
        return jdbc.sql("""
                insert into modem (imei, channel, device_id, org_id, phone, model, poller_port, sharing, notes)
                values (:imei, :channel, :device, :org, :phone, :model, :port, :sharing, :notes)
                on conflict (imei, channel) do update set device_id = excluded.device_id, org_id = excluded.org_id,
                    phone = excluded.phone, model = coalesce(excluded.model, modem.model),
                    poller_port = coalesce(excluded.poller_port, modem.poller_port), sharing = excluded.sharing,
                    notes = excluded.notes, refused = false, updated_at = now()
                returning id""")
                .param("imei", f.imei()).param("channel", f.channel()).param("device", deviceId)
                .param("org", f.orgId()).param("phone", f.phone()).param("model", f.model())
                .param("port", f.pollerPort()).param("sharing", f.sharing().name()).param("notes", f.notes())
                .query(Long.class).single();
    }

    void update(long id, ModemForm f) {
        jdbc.sql("""
                update modem set org_id = :org, phone = :phone, model = :model, poller_port = :port,
                       sharing = :sharing, notes = :notes, updated_at = now()
                where id = :id""")
                .param("org", f.orgId()).param("phone", f.phone()).param("model", f.model())
                .param("port", f.pollerPort()).param("sharing", f.sharing().name()).param("notes", f.notes())
                .param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from modem where id = :id").param("id", id).update();
    }

    /** A modem identified: its row is created when new, and its identity and connection recorded. */
    long connected(String imei, int channel, Map<String, String> identity, String model, String firmware,
                   Integer simSlot, Integer csq, Integer dbm, String remote, String node, Instant at) {
        return jdbc.sql("""
                insert into modem (imei, channel, identity, model, firmware, sim_slot, csq, dbm, online, remote, node,
                                   first_seen_at, connected_at, last_seen_at)
                values (:imei, :channel, cast(:identity as jsonb), :model, :firmware, :sim, :csq, :dbm, true, :remote,
                        :node, :at, :at, :at)
                on conflict (imei, channel) do update set identity = excluded.identity,
                    model = coalesce(excluded.model, modem.model), firmware = coalesce(excluded.firmware, modem.firmware),
                    sim_slot = coalesce(excluded.sim_slot, modem.sim_slot), csq = coalesce(excluded.csq, modem.csq),
                    dbm = coalesce(excluded.dbm, modem.dbm), online = true, remote = excluded.remote,
                    node = excluded.node, refused = false, connected_at = excluded.connected_at,
                    last_seen_at = excluded.last_seen_at, offline_reason = null,
                    first_seen_at = coalesce(modem.first_seen_at, excluded.first_seen_at), updated_at = now()
                returning id""")
                .param("imei", imei).param("channel", channel).param("identity", Json.write(identity))
                .param("model", model).param("firmware", firmware).param("sim", simSlot).param("csq", csq)
                .param("dbm", dbm).param("remote", remote).param("node", node).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    /** The allow-list refused a modem: remembered as pending, so an administrator can register it. */
    void refused(String imei, int channel, Map<String, String> identity, String remote, Instant at) {
        jdbc.sql("""
                insert into modem (imei, channel, identity, remote, refused, first_seen_at, last_seen_at)
                values (:imei, :channel, cast(:identity as jsonb), :remote, true, :at, :at)
                on conflict (imei, channel) do update set identity = excluded.identity, remote = excluded.remote,
                    refused = true, last_seen_at = excluded.last_seen_at, updated_at = now()""")
                .param("imei", imei).param("channel", channel).param("identity", Json.write(identity))
                .param("remote", remote).param("at", Timestamp.from(at)).update();
    }

    /** Links a modem to a device registered for it elsewhere (the device registry's own form). */
    void link(long id, long deviceId, long orgId) {
        jdbc.sql("update modem set device_id = :device, org_id = :org, updated_at = now() where id = :id")
                .param("device", deviceId).param("org", orgId).param("id", id).update();
    }

    void offline(long id, String reason, Instant at) {
        jdbc.sql("""
                update modem set online = false, disconnected_at = :at, offline_reason = :reason, updated_at = now()
                where id = :id""")
                .param("at", Timestamp.from(at)).param("reason", reason).param("id", id).update();
    }

    /** @return the modems a gateway node last reported online */
    List<Long> onlineAt(String node) {
        return jdbc.sql("select id from modem where online and node = :node").param("node", node)
                .query(Long.class).list();
    }

    void pollerPort(long id, int port) {
        jdbc.sql("update modem set poller_port = :port where id = :id and poller_port is distinct from :port")
                .param("port", port).param("id", id).update();
    }

    void status(long id, Integer csq, Integer dbm, Integer temperature, String gpio, String iccid, Instant at) {
        jdbc.sql("""
                update modem set csq = coalesce(:csq, csq), dbm = coalesce(:dbm, dbm),
                       temperature = coalesce(:temp, temperature), gpio = coalesce(:gpio, gpio),
                       iccid = coalesce(:iccid, iccid), status_at = :at, last_seen_at = :at
                where id = :id""")
                .param("csq", csq).param("dbm", dbm).param("temp", temperature).param("gpio", gpio)
                .param("iccid", iccid).param("at", Timestamp.from(at)).param("id", id).update();
    }

    void session(long modemId, String remote, Instant started, Instant ended, long fromModem, long toModem,
                 String reason) {
        jdbc.sql("""
                insert into modem_session (modem_id, remote, started_at, ended_at, bytes_from_modem, bytes_to_modem,
                                           end_reason)
                values (:modem, :remote, :started, :ended, :from, :to, :reason)""")
                .param("modem", modemId).param("remote", remote).param("started", Timestamp.from(started))
                .param("ended", Timestamp.from(ended)).param("from", fromModem).param("to", toModem)
                .param("reason", reason).update();
    }

    List<ModemSession> sessions(long modemId, int limit) {
        return jdbc.sql("select * from modem_session where modem_id = :id order by started_at desc, id desc limit :n")
                .param("id", modemId).param("n", limit)
                .query((rs, row) -> new ModemSession(rs.getLong("id"), rs.getLong("modem_id"), rs.getString("remote"),
                        rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("ended_at").toInstant(),
                        rs.getLong("bytes_from_modem"), rs.getLong("bytes_to_modem"), rs.getString("end_reason")))
                .list();
    }

    private static Modem map(ResultSet rs, int row) throws SQLException {
        Map<String, String> identity = new LinkedHashMap<>();
        Json.readMap(rs.getString("identity")).forEach((k, v) -> identity.put(k, String.valueOf(v)));
        return new Modem(rs.getLong("id"), rs.getString("imei"), rs.getInt("channel"),
                rs.getObject("device_id", Long.class), rs.getObject("org_id", Long.class), null, null,
                rs.getString("phone"), rs.getString("model"), rs.getString("firmware"), identity,
                rs.getObject("sim_slot", Integer.class), rs.getString("iccid"), rs.getObject("csq", Integer.class),
                rs.getObject("dbm", Integer.class), rs.getObject("temperature", Integer.class), rs.getString("gpio"),
                rs.getObject("poller_port", Integer.class), Sharing.valueOf(rs.getString("sharing")),
                rs.getBoolean("online"), rs.getString("remote"), rs.getString("node"), rs.getBoolean("refused"),
                instant(rs, "first_seen_at"), instant(rs, "connected_at"), instant(rs, "disconnected_at"),
                rs.getString("offline_reason"), instant(rs, "last_seen_at"), instant(rs, "status_at"),
                rs.getString("notes"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
