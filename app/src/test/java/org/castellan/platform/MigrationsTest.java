package org.castellan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.castellan.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The migrations as shipped, run by Flyway itself against a real PostgreSQL. */
class MigrationsTest {

    private static Flyway flyway(String url) {
        return Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/migration").load();
    }

    @Test
    void applyToAFreshDatabase() throws Exception {
        String url = TestDatabase.createDatabase("migrate_fresh");
        var result = flyway(url).migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(flyway(url).info().all().length);
        assertThat(tables(url)).contains("organization", "site", "zone", "app_user", "user_role", "user_org",
                "api_token", "audit_log", "device", "event", "event_default", "flyway_schema_history");
    }

    @Test
    void applyToAnAlreadyMigratedDatabaseChangesNothing() {
        String url = TestDatabase.createDatabase("migrate_again");
        int first = flyway(url).migrate().migrationsExecuted;
        assertThat(first).isPositive();
        var second = flyway(url).migrate();
        assertThat(second.success).isTrue();
        assertThat(second.migrationsExecuted).isZero();
        flyway(url).validate();
    }

    private static List<String> tables(String url) throws Exception {
        List<String> names = new ArrayList<>();
        try (var c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
             var rs = c.createStatement().executeQuery(
                     "select tablename from pg_tables where schemaname = 'public'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
