package org.castellan.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the PostgreSQL server (external when {@code castellan.db.url} is set, embedded otherwise) and builds
 * the connection pool on it. Flyway's auto-configuration migrates through this pool before anything else runs.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(CastellanProperties properties) {
        CastellanProperties.Db db = properties.db();
        DatabaseServer server = db.external()
                ? new ExternalDatabase(db.url(), db.user(), db.password())
                : EmbeddedDatabase.start(properties.data().dir().resolve("postgres"), db.embedded());
        log.info("Storage: {}", server.description());
        return server;
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseServer server) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("castellan");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(10);
        // All timestamps are timestamptz; a UTC session keeps month partitions and date_trunc independent of the host.
        config.setConnectionInitSql("set time zone 'UTC'");
        return new HikariDataSource(config);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
