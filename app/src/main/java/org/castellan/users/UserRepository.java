package org.castellan.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.castellan.platform.Role;
import org.castellan.platform.TimeZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for app_user, user_role and user_org. No permission checks: {@link UserService} does them. */
@Repository
class UserRepository {
    private static final String SELECT_USER = """
            select u.*,
                   coalesce((select array_agg(role order by role) from user_role r where r.user_id = u.id), '{}') as roles,
                   coalesce((select array_agg(org_id order by org_id) from user_org o where o.user_id = u.id), '{}') as org_ids
            from app_user u""";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean any() {
        return jdbc.sql("select exists(select 1 from app_user)").query(Boolean.class).single();
    }

    List<User> all() {
        return jdbc.sql(SELECT_USER + " order by lower(u.username)").query(UserRepository::user).list();
    }

    Optional<User> byId(long id) {
        return jdbc.sql(SELECT_USER + " where u.id = :id").param("id", id).query(UserRepository::user).optional();
    }

    Optional<User> byUsername(String username) {
        return jdbc.sql(SELECT_USER + " where lower(u.username) = lower(:u)").param("u", username)
                .query(UserRepository::user).optional();
    }

    Optional<Account> account(String username) {
        return jdbc.sql("select id, username, password_hash, enabled from app_user where lower(username) = lower(:u)")
                .param("u", username)
                .query((rs, row) -> new Account(rs.getLong("id"), rs.getString("username"),
                        rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from app_user where id = :id").param("id", id).query(String.class).optional();
    }

    long insert(UserForm form, String passwordHash) {
        long id = jdbc.sql("""
                insert into app_user (username, display_name, password_hash, locale, time_zone, enabled, all_orgs)
                values (:username, :displayName, :hash, :locale, :tz, :enabled, :allOrgs) returning id""")
                .param("username", form.username().trim()).param("displayName", form.displayName().trim())
                .param("hash", passwordHash).param("locale", form.locale()).param("tz", form.timeZone().trim())
                .param("enabled", form.enabled()).param("allOrgs", form.allOrgs())
                .query(Long.class).single();
        replaceRolesAndOrgs(id, form.roles(), form.orgIds());
        return id;
    }

    void update(long id, UserForm form, Set<Long> orgIds) {
        jdbc.sql("""
                update app_user set username = :username, display_name = :displayName, locale = :locale,
                       time_zone = :tz, enabled = :enabled, all_orgs = :allOrgs, updated_at = now()
                where id = :id""")
                .param("username", form.username().trim()).param("displayName", form.displayName().trim())
                .param("locale", form.locale()).param("tz", form.timeZone().trim()).param("enabled", form.enabled())
                .param("allOrgs", form.allOrgs()).param("id", id).update();
        replaceRolesAndOrgs(id, form.roles(), orgIds);
    }

    void updatePasswordHash(long id, String hash) {
        jdbc.sql("update app_user set password_hash = :hash, updated_at = now() where id = :id")
                .param("hash", hash).param("id", id).update();
    }

    void updatePreferences(long id, String locale, String timeZone) {
        jdbc.sql("update app_user set locale = :locale, time_zone = :tz, updated_at = now() where id = :id")
                .param("locale", locale).param("tz", timeZone).param("id", id).update();
    }

    Optional<NotificationContact> contact(long id) {
        return jdbc.sql("select id, username, locale, email, phone, notify_modem_events from app_user where id = :id")
                .param("id", id).query(UserRepository::contact).optional();
    }

    void updateContact(long id, String email, String phone, boolean notifyModemEvents) {
        jdbc.sql("""
                update app_user set email = :email, phone = :phone, notify_modem_events = :notify, updated_at = now()
                where id = :id""")
                .param("email", email).param("phone", phone).param("notify", notifyModemEvents).param("id", id)
                .update();
    }

    List<NotificationContact> modemEventRecipients(long orgId) {
        return jdbc.sql("""
                select id, username, locale, email, phone, notify_modem_events from app_user u
                where enabled and notify_modem_events and (email is not null or phone is not null)
                  and (all_orgs or exists(select 1 from user_org o where o.user_id = u.id and o.org_id = :org))
                  and exists(select 1 from user_role r where r.user_id = u.id
                             and r.role in ('ADMIN', 'DISPATCHER', 'ENGINEER'))
                order by id""")
                .param("org", orgId).query(UserRepository::contact).list();
    }

    List<UserService.Addressee> addressees(long orgId, Set<Long> userIds, Set<Role> roles) {
        return jdbc.sql("""
                select id, locale, time_zone, email, phone from app_user u
                where enabled and ((id = any(:ids) and (all_orgs or exists(select 1 from user_org o
                                                            where o.user_id = u.id and o.org_id = :org)))
                    or (exists(select 1 from user_org o where o.user_id = u.id and o.org_id = :org)
                        and exists(select 1 from user_role r where r.user_id = u.id and r.role = any(:roles))))
                order by id""")
                .param("org", orgId).param("ids", userIds.toArray(Long[]::new))
                .param("roles", roles.stream().map(Role::name).toArray(String[]::new))
                .query((rs, row) -> new UserService.Addressee(rs.getLong("id"), rs.getString("locale"),
                        TimeZones.parse(rs.getString("time_zone")).orElse(java.time.ZoneOffset.UTC),
                        rs.getString("email"), rs.getString("phone")))
                .list();
    }

    private static NotificationContact contact(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new NotificationContact(rs.getLong("id"), rs.getString("username"), rs.getString("locale"),
                rs.getString("email"), rs.getString("phone"), rs.getBoolean("notify_modem_events"));
    }

    boolean usernameTaken(String username, long exceptId) {
        return jdbc.sql("select exists(select 1 from app_user where lower(username) = lower(:u) and id <> :id)")
                .param("u", username.trim()).param("id", exceptId).query(Boolean.class).single();
    }

    private void replaceRolesAndOrgs(long id, Set<Role> roles, Set<Long> orgIds) {
        jdbc.sql("delete from user_role where user_id = :id").param("id", id).update();
        jdbc.sql("delete from user_org where user_id = :id").param("id", id).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
        for (Long orgId : orgIds) {
            jdbc.sql("insert into user_org (user_id, org_id) values (:id, :org)").param("id", id).param("org", orgId).update();
        }
    }

    private static User user(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf)
                .collect(Collectors.toSet());
        Set<Long> orgIds = Set.of((Long[]) rs.getArray("org_ids").getArray());
        return new User(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("locale"), rs.getString("time_zone"), rs.getBoolean("enabled"), rs.getBoolean("all_orgs"),
                roles, orgIds, rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
