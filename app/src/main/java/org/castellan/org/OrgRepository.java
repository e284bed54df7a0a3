package org.castellan.org;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for organization, site and zone. No scope checks here: {@link OrgService} does them. */
@Repository
class OrgRepository {
    private final JdbcClient jdbc;

    OrgRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Organization> organizations(boolean all, Long[] ids) {
        return jdbc.sql("select * from organization where :all or id = any(:ids) order by lower(name)")
                .param("all", all).param("ids", ids).query(OrgRepository::organization).list();
    }

    Optional<Organization> organization(long id) {
        return jdbc.sql("select * from organization where id = :id").param("id", id)
                .query(OrgRepository::organization).optional();
    }

    long insertOrganization(OrganizationForm form) {
        return jdbc.sql("insert into organization (name, code, time_zone) values (:name, :code, :tz) returning id")
                .param("name", form.name().trim()).param("code", form.code().trim()).param("tz", form.timeZone().trim())
                .query(Long.class).single();
    }

    void updateOrganization(long id, OrganizationForm form) {
        jdbc.sql("update organization set name = :name, code = :code, time_zone = :tz, updated_at = now() where id = :id")
                .param("name", form.name().trim()).param("code", form.code().trim()).param("tz", form.timeZone().trim())
                .param("id", id).update();
    }

    void deleteOrganization(long id) {
        jdbc.sql("delete from organization where id = :id").param("id", id).update();
    }

    boolean organizationNameTaken(String name, long exceptId) {
        return exists("select 1 from organization where lower(name) = lower(:v) and id <> :id", name, exceptId);
    }

    boolean organizationCodeTaken(String code, long exceptId) {
        return exists("select 1 from organization where lower(code) = lower(:v) and id <> :id", code, exceptId);
    }

    int siteCount(long orgId) {
        return jdbc.sql("select count(*) from site where org_id = :id").param("id", orgId).query(Integer.class).single();
    }

    List<Site> sites(long orgId) {
        return jdbc.sql("select * from site where org_id = :org order by lower(name)").param("org", orgId)
                .query(OrgRepository::site).list();
    }

    List<Site> sites(boolean all, Long[] orgIds) {
        return jdbc.sql("select * from site where :all or org_id = any(:ids) order by lower(name), id")
                .param("all", all).param("ids", orgIds).query(OrgRepository::site).list();
    }

    Optional<Site> site(long id) {
        return jdbc.sql("select * from site where id = :id").param("id", id).query(OrgRepository::site).optional();
    }

    long insertSite(long orgId, SiteForm form) {
        return jdbc.sql("""
                insert into site (org_id, name, address, time_zone) values (:org, :name, :address, :tz) returning id""")
                .param("org", orgId).param("name", form.name().trim()).param("address", blankToNull(form.address()))
                .param("tz", blankToNull(form.timeZone())).query(Long.class).single();
    }

    void updateSite(long id, SiteForm form) {
        jdbc.sql("update site set name = :name, address = :address, time_zone = :tz, updated_at = now() where id = :id")
                .param("name", form.name().trim()).param("address", blankToNull(form.address()))
                .param("tz", blankToNull(form.timeZone())).param("id", id).update();
    }

    void deleteSite(long id) {
        jdbc.sql("delete from site where id = :id").param("id", id).update();
    }

    boolean siteNameTaken(long orgId, String name, long exceptId) {
        return jdbc.sql("select exists(select 1 from site where org_id = :org and lower(name) = lower(:v) and id <> :id)")
                .param("org", orgId).param("v", name.trim()).param("id", exceptId).query(Boolean.class).single();
    }

    int zoneCount(long siteId) {
        return jdbc.sql("select count(*) from zone where site_id = :id").param("id", siteId).query(Integer.class).single();
    }

    List<Zone> zones(long siteId) {
        return jdbc.sql("select * from zone where site_id = :site order by lower(name)").param("site", siteId)
                .query(OrgRepository::zone).list();
    }

    Optional<Zone> zone(long id) {
        return jdbc.sql("select * from zone where id = :id").param("id", id).query(OrgRepository::zone).optional();
    }

    long insertZone(Site site, ZoneForm form) {
        return jdbc.sql("""
                insert into zone (org_id, site_id, name, description) values (:org, :site, :name, :d) returning id""")
                .param("org", site.orgId()).param("site", site.id()).param("name", form.name().trim())
                .param("d", blankToNull(form.description())).query(Long.class).single();
    }

    void updateZone(long id, ZoneForm form) {
        jdbc.sql("update zone set name = :name, description = :d, updated_at = now() where id = :id")
                .param("name", form.name().trim()).param("d", blankToNull(form.description())).param("id", id).update();
    }

    void deleteZone(long id) {
        jdbc.sql("delete from zone where id = :id").param("id", id).update();
    }

    boolean zoneNameTaken(long siteId, String name, long exceptId) {
        return jdbc.sql("select exists(select 1 from zone where site_id = :site and lower(name) = lower(:v) and id <> :id)")
                .param("site", siteId).param("v", name.trim()).param("id", exceptId).query(Boolean.class).single();
    }

    private boolean exists(String condition, String value, long exceptId) {
        return jdbc.sql("select exists(" + condition + ")").param("v", value.trim()).param("id", exceptId)
                .query(Boolean.class).single();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Organization organization(ResultSet rs, int row) throws SQLException {
        return new Organization(rs.getLong("id"), rs.getString("name"), rs.getString("code"), rs.getString("time_zone"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static Site site(ResultSet rs, int row) throws SQLException {
        return new Site(rs.getLong("id"), rs.getLong("org_id"), rs.getString("name"), rs.getString("address"),
                rs.getString("time_zone"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Zone zone(ResultSet rs, int row) throws SQLException {
        return new Zone(rs.getLong("id"), rs.getLong("org_id"), rs.getLong("site_id"), rs.getString("name"),
                rs.getString("description"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
