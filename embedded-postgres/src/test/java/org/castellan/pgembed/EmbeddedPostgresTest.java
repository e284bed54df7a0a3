package org.castellan.pgembed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Starts real PostgreSQL servers from the binaries jar; each test uses its own base directory under target/. */
class EmbeddedPostgresTest {

    private final TestDirectories directories = new TestDirectories();
    private final List<EmbeddedPostgres> servers = new ArrayList<>();

    @AfterEach
    void stopServersAndDeleteDirectories() throws Exception {
        servers.forEach(EmbeddedPostgres::close);
        directories.close();
    }

    @Test
    void startsConnectsAndKeepsDataAcrossRestartWithoutRerunningInitdb() throws Exception {
        Path base = directories.create("restart");
        BasicFileAttributes initialized;
        try (EmbeddedPostgres pg = start(EmbeddedPostgres.builder(base))) {
            assertThat(pg.host()).isEqualTo("127.0.0.1");
            assertThat(pg.superuser()).isEqualTo("postgres");
            assertThat(pg.jdbcUrl("postgres")).isEqualTo("jdbc:postgresql://127.0.0.1:" + pg.port() + "/postgres");
            assertThat(pg.dataDirectory()).isEqualTo(base.resolve("cluster"));
            assertThat(pg.version()).matches("\\d+\\.\\d+");
            assertThat(base.resolve("bin-17.6.0").resolve(PostgresBinaries.MARKER)).isRegularFile();
            try (Connection connection = connect(pg)) {
                assertThat(query(connection, "select version()")).startsWith("PostgreSQL " + pg.version() + " ");
                assertThat(query(connection, "show server_version")).isEqualTo(pg.version());
                execute(connection, "create table survivor (name text)", "insert into survivor values ('kept')");
            }
            initialized = pgVersionAttributes(pg);
        }
        try (EmbeddedPostgres pg = start(EmbeddedPostgres.builder(base))) {
            try (Connection connection = connect(pg)) {
                assertThat(query(connection, "select name from survivor")).isEqualTo("kept");
            }
            BasicFileAttributes afterRestart = pgVersionAttributes(pg);
            assertThat(afterRestart.fileKey()).isEqualTo(initialized.fileKey());
            assertThat(afterRestart.lastModifiedTime()).isEqualTo(initialized.lastModifiedTime());
        }
    }

    @Test
    void runsTwoInstancesOnSeparateBaseDirectoriesAtOnce() throws Exception {
        EmbeddedPostgres first = start(EmbeddedPostgres.builder(directories.createWithBinaries("first")));
        EmbeddedPostgres second = start(EmbeddedPostgres.builder(directories.createWithBinaries("second")));

        assertThat(first.port()).isNotEqualTo(second.port());
        try (Connection a = connect(first); Connection b = connect(second)) {
            assertThat(Path.of(query(a, "show data_directory"))).isEqualTo(first.dataDirectory());
            assertThat(Path.of(query(b, "show data_directory"))).isEqualTo(second.dataDirectory());
        }
    }

    @Test
    void closeIsIdempotentAndStopsTheServer() throws Exception {
        EmbeddedPostgres pg = start(EmbeddedPostgres.builder(directories.createWithBinaries("close")));
        long pid = pg.postmasterPid();
        assertThat(isAlive(pid)).isTrue();

        pg.close();
        pg.close();

        assertThat(isAlive(pid)).isFalse();
        assertThat(pg.dataDirectory().resolve("postmaster.pid")).doesNotExist();
        assertThatThrownBy(() -> new Socket(pg.host(), pg.port()).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void refusesABaseDirectoryInUseButReplacesAServerOrphanedByADeadJvm() throws Exception {
        Path base = directories.createWithBinaries("stale");
        EmbeddedPostgres orphaned = start(EmbeddedPostgres.builder(base));
        try (Connection connection = connect(orphaned)) {
            execute(connection, "create table survivor (name text)", "insert into survivor values ('kept')");
        }
        assertThatThrownBy(() -> start(EmbeddedPostgres.builder(base)))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("already used by another running EmbeddedPostgres");
        long stalePid = orphaned.postmasterPid();
        assertThat(isAlive(stalePid)).as("the owned server survives the refused start").isTrue();

        orphaned.abandon(); // what kill -9 of the owning JVM leaves behind: a running server nobody owns
        EmbeddedPostgres replacement = start(EmbeddedPostgres.builder(base));

        assertThat(isAlive(stalePid)).isFalse();
        assertThat(replacement.postmasterPid()).isNotEqualTo(stalePid);
        try (Connection connection = connect(replacement)) {
            assertThat(query(connection, "select name from survivor")).isEqualTo("kept");
        }
        orphaned.close(); // must not stop the replacement, which it did not start
        assertThat(isAlive(replacement.postmasterPid())).isTrue();
    }

    @Test
    void reportsTheServersComplaintAboutABadParameterAndLeavesNothingRunning() throws Exception {
        Path base = directories.createWithBinaries("bad-parameter");

        assertThatThrownBy(() -> start(EmbeddedPostgres.builder(base).serverParameter("shared_buffers", "nonsense")))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("pg_ctl exited with code")
                .hasMessageContaining("invalid value for parameter \"shared_buffers\": \"nonsense\"");
        assertThat(base.resolve("cluster").resolve("postmaster.pid")).doesNotExist();

        // The failed start released the base directory: a corrected start succeeds.
        EmbeddedPostgres pg = start(EmbeddedPostgres.builder(base).serverParameter("shared_buffers", "16MB"));
        try (Connection connection = connect(pg)) {
            assertThat(query(connection, "show shared_buffers")).isEqualTo("16MB");
        }
    }

    @Test
    void namesTheDirectoryTheUnprivilegedUserCannotTraverseWhenRunningAsRoot() throws Exception {
        assumeTrue(OsUser.effectiveUid() == 0, "only root drops privileges");
        Path locked = directories.create("locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));

        assertThatThrownBy(() -> start(EmbeddedPostgres.builder(locked.resolve("postgres"))))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("cannot traverse directory " + locked + " ");
    }

    @Test
    void reportsAMissingRunAsUserWhenRunningAsRoot() throws Exception {
        assumeTrue(OsUser.effectiveUid() == 0, "the user is only needed when root");

        assertThatThrownBy(() -> start(EmbeddedPostgres.builder(directories.create("no-user"))
                .runAsUser("castellan-no-such-user")))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("User 'castellan-no-such-user' does not exist");
    }

    private EmbeddedPostgres start(EmbeddedPostgres.Builder builder) throws EmbeddedPostgresException {
        EmbeddedPostgres pg = builder.start();
        servers.add(pg);
        return pg;
    }

    private static Connection connect(EmbeddedPostgres pg) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.superuser(), "");
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as("a row from %s", sql).isTrue();
            return rows.getString(1);
        }
    }

    private static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static BasicFileAttributes pgVersionAttributes(EmbeddedPostgres pg) throws Exception {
        return Files.readAttributes(pg.dataDirectory().resolve("PG_VERSION"), BasicFileAttributes.class);
    }

    private static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
