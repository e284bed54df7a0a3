package org.castellan.platform;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.castellan.pgembed.EmbeddedPostgres;
import org.castellan.pgembed.EmbeddedPostgresException;

/**
 * The embedded default: starts PostgreSQL from the binaries on the classpath with its cluster under
 * {@code <data dir>/postgres}, and makes sure the {@value #DATABASE} database exists. The cluster survives
 * restarts; only the first start runs initdb.
 */
final class EmbeddedDatabase implements DatabaseServer {
    static final String DATABASE = "castellan";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(Path baseDirectory, CastellanProperties.Embedded settings) {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder(baseDirectory)
                    .port(settings.port())
                    .runAsUser(settings.runAs())
                    .startTimeout(settings.startTimeout())
                    // Spring's shutdown hook closes this bean after the gateway has written its last session rows;
                    // a second hook stopping the server meanwhile would cut those writes off
                    .stopOnJvmExit(false)
                    .start();
        } catch (EmbeddedPostgresException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + baseDirectory.toAbsolutePath()
                    + ": " + e.getMessage() + " (set CASTELLAN_DB_URL to use an external server instead)", e);
        }
        try {
            createDatabaseIfMissing(postgres);
        } catch (SQLException e) {
            postgres.close();
            throw new IllegalStateException("Embedded PostgreSQL started but the database '" + DATABASE
                    + "' could not be created: " + e.getMessage(), e);
        }
        return new EmbeddedDatabase(postgres);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (var connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.superuser(), "");
             var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, DATABASE);
            try (var rows = check.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (var create = connection.createStatement()) {
                create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        }
    }

    @Override
    public String jdbcUrl() {
        return postgres.jdbcUrl(DATABASE);
    }

    @Override
    public String user() {
        return postgres.superuser();
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public String description() {
        return "embedded PostgreSQL " + postgres.version() + " on " + postgres.host() + ":" + postgres.port()
                + " (data in " + postgres.dataDirectory().toAbsolutePath().normalize() + ")";
    }

    @Override
    public void close() {
        postgres.close();
    }
}
