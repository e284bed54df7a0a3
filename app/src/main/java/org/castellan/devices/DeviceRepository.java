package org.castellan.devices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.castellan.platform.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the device table. No scope checks: {@link DeviceService} does them. */
@Repository
class DeviceRepository {
    private final JdbcClient jdbc;

    DeviceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Device> find(boolean allOrgs, Long[] orgIds, DeviceFilter f) {
        return find(allOrgs, orgIds, f, 5000);
    }

    List<Device> find(boolean allOrgs, Long[] orgIds, DeviceFilter f, int limit) {
        StringBuilder sql = new StringBuilder("select * from device where (? or org_id = any(?))");
        List<Object> args = new ArrayList<>(List.of(allOrgs, orgIds));
        if (f.orgId() != null) {
            sql.append(" and org_id = ?");
            args.add(f.orgId());
        }
        if (f.siteId() != null) {
            sql.append(" and site_id = ?");
            args.add(f.siteId());
        }
        if (f.kind() != null) {
            sql.append(" and kind = ?");
            args.add(f.kind().name());
        }
        if (f.state() != null) {
            sql.append(" and state = ?");
            args.add(f.state().name());
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" and (name ilike ? or identifier ilike ?)");
            String like = "%" + f.text().trim().replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(like);
            args.add(like);
        }
        sql.append(" order by lower(name), id limit ?");
        args.add(limit);
        return jdbc.sql(sql.toString()).params(args).query(DeviceRepository::map).list();
    }

    Optional<Device> byId(long id) {
        return jdbc.sql("select * from device where id = :id").param("id", id).query(DeviceRepository::map).optional();
    }

    long insert(DeviceForm f) {
        return jdbc.sql("""
                insert into device (org_id, site_id, zone_id, kind, name, identifier, connection)
                values (:org, :site, :zone, :kind, :name, :identifier, cast(:connection as jsonb)) returning id""")
                .param("org", f.orgId()).param("site", f.siteId()).param("zone", f.zoneId())
                .param("kind", f.kind().name()).param("name", f.name().trim()).param("identifier", f.identifier().trim())
                .param("connection", Json.write(f.connection())).query(Long.class).single();
    }

    void update(long id, DeviceForm f) {
        jdbc.sql("""
                update device set org_id = :org, site_id = :site, zone_id = :zone, kind = :kind, name = :name,
                       identifier = :identifier, connection = cast(:connection as jsonb), updated_at = now()
                where id = :id""")
                .param("org", f.orgId()).param("site", f.siteId()).param("zone", f.zoneId())
                .param("kind", f.kind().name()).param("name", f.name().trim()).param("identifier", f.identifier().trim())
                .param("connection", Json.write(f.connection())).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from device where id = :id").param("id", id).update();
    }

    List<Device> byIdentifier(DeviceKind kind, String identifier) {
        return jdbc.sql("select * from device where kind = :kind and lower(identifier) = lower(:identifier) limit 2")
                .param("kind", kind.name()).param("identifier", identifier).query(DeviceRepository::map).list();
    }

    boolean identifierTaken(long orgId, DeviceKind kind, String identifier, long exceptId) {
        return jdbc.sql("""
                select exists(select 1 from device where org_id = :org and kind = :kind
                              and lower(identifier) = lower(:identifier) and id <> :id)""")
                .param("org", orgId).param("kind", kind.name()).param("identifier", identifier.trim())
                .param("id", exceptId).query(Boolean.class).single();
    }

    /** @return the previous state, or empty when the device does not exist */
    Optional<DeviceState> setState(long id, DeviceState state, Instant at) {
        return jdbc.sql("""
                with old as (select state from device where id = :id for update)
                update device set state = :state,
                       state_since = case when device.state = :state then device.state_since else :at end,
                       last_seen_at = case when :state = 'ONLINE' then greatest(last_seen_at, :at) else last_seen_at end
                from old where device.id = :id
                returning old.state""")
                .param("id", id).param("state", state.name()).param("at", Timestamp.from(at))
                .query((rs, row) -> DeviceState.valueOf(rs.getString(1))).optional();
    }

    void markSeen(long id, Instant at) {
        jdbc.sql("update device set last_seen_at = greatest(last_seen_at, :at) where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    Map<DeviceState, Integer> stateCounts(boolean allOrgs, Long[] orgIds) {
        Map<DeviceState, Integer> counts = new TreeMap<>();
        jdbc.sql("select state, count(*) from device where (:all or org_id = any(:ids)) group by state")
                .param("all", allOrgs).param("ids", orgIds)
                .query((rs, row) -> counts.put(DeviceState.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    List<HealthCount> health(boolean allOrgs, Long[] orgIds) {
        return jdbc.sql("""
                        select org_id, site_id, kind, state, count(*) from device where (:all or org_id = any(:ids))
                        group by org_id, site_id, kind, state order by org_id, site_id nulls last, kind, state""")
                .param("all", allOrgs).param("ids", orgIds)
                .query((rs, row) -> new HealthCount(rs.getLong(1), rs.getObject(2, Long.class),
                        DeviceKind.valueOf(rs.getString(3)), DeviceState.valueOf(rs.getString(4)), rs.getInt(5)))
                .list();
    }

    private static Device map(ResultSet rs, int row) throws SQLException {
        Map<String, String> connection = new TreeMap<>();
        Json.readMap(rs.getString("connection")).forEach((k, v) -> connection.put(k, String.valueOf(v)));
        Timestamp lastSeen = rs.getTimestamp("last_seen_at");
        return new Device(rs.getLong("id"), rs.getLong("org_id"), rs.getObject("site_id", Long.class),
                rs.getObject("zone_id", Long.class), DeviceKind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getString("identifier"), connection, DeviceState.valueOf(rs.getString("state")),
                rs.getTimestamp("state_since").toInstant(), lastSeen == null ? null : lastSeen.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
