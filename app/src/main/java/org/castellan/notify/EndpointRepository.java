package org.castellan.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for notification_endpoint. */
@Repository
class EndpointRepository {
    /** What the senders need, secret included; never leaves the package. */
    record Target(long id, long orgId, ChannelKind kind, String name, String url, String topic, String secret,
                  boolean enabled) {
    }

    private final JdbcClient jdbc;

    EndpointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(EndpointForm f, String url, String topic) {
        return jdbc.sql("""
                insert into notification_endpoint (org_id, kind, name, url, topic, secret, enabled)
                values (:org, :kind, :name, :url, :topic, :secret, :enabled) returning id""")
                .param("org", f.orgId()).param("kind", f.kind().name()).param("name", f.name().strip())
                .param("url", url).param("topic", topic).param("secret", blankToNull(f.secret()))
                .param("enabled", f.isEnabled()).query(Long.class).single();
    }

    /** A blank secret keeps the stored one. */
    void update(long id, EndpointForm f, String url, String topic) {
        jdbc.sql("""
                update notification_endpoint set kind = :kind, name = :name, url = :url, topic = :topic,
                    secret = coalesce(:secret, secret), enabled = :enabled, updated_at = now() where id = :id""")
                .param("kind", f.kind().name()).param("name", f.name().strip()).param("url", url)
                .param("topic", topic).param("secret", blankToNull(f.secret())).param("enabled", f.isEnabled())
                .param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from notification_endpoint where id = :id").param("id", id).update();
    }

    boolean nameTaken(long orgId, String name, Long except) {
        return jdbc.sql("""
                select exists (select 1 from notification_endpoint
                               where org_id = :org and lower(name) = lower(:name) and id <> coalesce(:except, -1))""")
                .param("org", orgId).param("name", name.strip()).param("except", except).query(Boolean.class).single();
    }

    Optional<Endpoint> byId(long id) {
        return jdbc.sql("select * from notification_endpoint where id = :id").param("id", id)
                .query(EndpointRepository::map).optional();
    }

    Optional<Target> target(long id) {
        return jdbc.sql("select * from notification_endpoint where id = :id").param("id", id)
                .query((rs, row) -> new Target(rs.getLong("id"), rs.getLong("org_id"),
                        ChannelKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("url"),
                        rs.getString("topic"), rs.getString("secret"), rs.getBoolean("enabled"))).optional();
    }

    /** {@code orgIds} null: every organization. */
    List<Endpoint> list(Collection<Long> orgIds, Long orgId) {
        return jdbc.sql("""
                select * from notification_endpoint
                where (cast(:all as boolean) or org_id = any(:orgs)) and (cast(:org as bigint) is null or org_id = :org)
                order by org_id, lower(name), id""")
                .param("all", orgIds == null).param("orgs", orgIds == null ? new Long[0] : orgIds.toArray(Long[]::new))
                .param("org", orgId).query(EndpointRepository::map).list();
    }

    static String hint(String secret) {
        if (secret == null || secret.isEmpty()) {
            return null;
        }
        return secret.length() < 12 ? "…" : "…" + secret.substring(secret.length() - 4);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Endpoint map(ResultSet rs, int row) throws SQLException {
        return new Endpoint(rs.getLong("id"), rs.getLong("org_id"), ChannelKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("url"), rs.getString("topic"), hint(rs.getString("secret")),
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
