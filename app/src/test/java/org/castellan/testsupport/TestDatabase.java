package org.castellan.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.castellan.pgembed.EmbeddedPostgres;

/**
 * The PostgreSQL the tests of one JVM run on: the server named by {@code CASTELLAN_TEST_DB_URL} (with
 * {@code CASTELLAN_TEST_DB_USER}, default {@code postgres}, and {@code CASTELLAN_TEST_DB_PASSWORD}) when set,
 * otherwise an embedded PostgreSQL under {@code target/test-postgres}. Either way each JVM gets a fresh database
 * of its own, so tests never see data of an earlier run. On an external server the databases a JVM created are
 * dropped when it exits, so a shared CI server does not fill up.
 */
public final class TestDatabase {
    private static String url;
    private static String user;
    private static String password;
    private static boolean external;
    private static final List<String> created = new ArrayList<>();

    private TestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            start();
        }
        return url;
    }

    public static synchronized String user() {
        url();
        return user;
    }

    public static synchronized String password() {
        url();
        return password;
    }

    /** Creates one more empty database on the same server (for tests that need their own, e.g. migrations). */
    public static synchronized String createDatabase(String prefix) {
        String serverUrl = url().substring(0, url().lastIndexOf('/') + 1);
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        try (var c = DriverManager.getConnection(serverUrl + "postgres", user, password);
             var s = c.createStatement()) {
            s.execute("create database " + name);
            created.add(name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + " on " + serverUrl, e);
        }
        return serverUrl + name;
    }

    private static void start() {
        String externalUrl = System.getenv("CASTELLAN_TEST_DB_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            user = envOr("CASTELLAN_TEST_DB_USER", "postgres");
            password = envOr("CASTELLAN_TEST_DB_PASSWORD", "");
            url = externalUrl;
            external = true;
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated, "drop-test-databases"));
            url = createDatabase("castellan_test");
            return;
        }
        try {
            Path base = Path.of("target", "test-postgres").toAbsolutePath();
            Files.createDirectories(base);
            // When tests run as root the server runs as 'nobody', which must be able to reach this directory.
            Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder(base).start();
            user = postgres.superuser();
            password = "";
            url = postgres.jdbcUrl("postgres");
            url = createDatabase("castellan_test");
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL for tests", e);
        }
    }

    /** Drops this JVM's databases; FORCE ends connections a pool may still hold while the JVM shuts down. */
    private static synchronized void dropCreated() {
        if (!external) {
            return;
        }
        String serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
        try (var c = DriverManager.getConnection(serverUrl + "postgres", user, password);
             var s = c.createStatement()) {
            for (String name : created) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException e) {
            System.err.println("could not drop test databases " + created + " on " + serverUrl + ": " + e.getMessage());
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
