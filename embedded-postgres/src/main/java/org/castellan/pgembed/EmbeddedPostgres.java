package org.castellan.pgembed;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server private to this application, with its binaries and data under one base directory.
 *
 * <p><b>Layout.</b> {@code <base>/bin-<binaries version>/} holds the binaries unpacked from the classpath (reused
 * once complete), {@code <base>/cluster/} is the data directory (PGDATA), created by initdb on first start and kept
 * afterwards so data survives restarts; its {@code postgres.log} is the server log. {@code <base>/.lock} marks the
 * directory as owned by a running instance.
 *
 * <p><b>Lifecycle.</b> {@link Builder#start()} unpacks the binaries if needed, runs initdb if needed, stops a stale
 * server left on the cluster by a JVM that died, starts {@code postgres} on {@code 127.0.0.1} and returns once a
 * real connection succeeds. The server runs in its own process until {@link #close()} (or a JVM shutdown hook, if
 * the JVM exits normally first) stops it. One base directory serves one running instance at a time, across JVMs.
 *
 * <p><b>Root.</b> PostgreSQL refuses to run as root. When this JVM's effective uid is 0, every PostgreSQL binary is
 * run as {@link Builder#runAsUser(String) an unprivileged user} via util-linux {@code setpriv}; the cluster is owned
 * by that user and every ancestor of the base directory must be traversable by it.
 *
 * <p><b>Threading.</b> Instances are immutable apart from their closed state; all methods are thread-safe and
 * {@code close()} may be called from any thread, any number of times.
 *
 * <pre>{@code
 * try (EmbeddedPostgres pg = EmbeddedPostgres.builder(Path.of("data/postgres")).start()) {
 *     DataSource ds = ...; // any JDBC driver, URL pg.jdbcUrl("postgres"), user pg.superuser(), no password
 * }
 * }</pre>
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EmbeddedPostgres.class.getName());
    private static final String HOST = "127.0.0.1";
    private static final String SUPERUSER = "postgres";

    private final ServerControl control;
    private final BaseDirectoryLock lock;
    private final Path dataDirectory;
    private final int port;
    private final String version;
    private final long postmasterPid;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgres(ServerControl control, BaseDirectoryLock lock, Path dataDirectory, int port,
                             String version, long postmasterPid) {
        this.control = control;
        this.lock = lock;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.version = version;
        this.postmasterPid = postmasterPid;
        this.shutdownHook = new Thread(this::stopFromShutdownHook, "embedded-postgres-shutdown-" + port);
    }

    /**
     * Starts configuring a server whose binaries and data live under {@code baseDirectory} (e.g.
     * {@code ./data/postgres}); the directory and missing parents are created by {@link Builder#start()}.
     *
     * @param baseDirectory where binaries and the cluster are kept; relative paths resolve against the working
     *                      directory
     * @return a builder with defaults: free port, user {@code nobody} when root, 60 s start timeout
     */
    public static Builder builder(Path baseDirectory) {
        return new Builder(baseDirectory);
    }

    /** {@return the TCP port the server listens on} */
    public int port() {
        return port;
    }

    /** {@return the address the server listens on: always the IPv4 loopback address {@code 127.0.0.1}} */
    public String host() {
        return HOST;
    }

    /** {@return the superuser created by initdb, {@code postgres}; it authenticates without a password (trust)} */
    public String superuser() {
        return SUPERUSER;
    }

    /**
     * Builds a JDBC URL for a database on this server. Only {@code postgres} exists initially; creating other
     * databases is up to the caller.
     *
     * @param database database name
     * @return e.g. {@code jdbc:postgresql://127.0.0.1:5433/castellan}
     */
    public String jdbcUrl(String database) {
        Objects.requireNonNull(database, "database");
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
    }

    /** {@return the cluster's data directory (PGDATA), {@code <base>/cluster}} */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** {@return the server version reported by the binaries ({@code postgres --version}), e.g. {@code 17.6}} */
    public String version() {
        return version;
    }

    /** {@return the postmaster's process id; package-private for tests} */
    long postmasterPid() {
        return postmasterPid;
    }

    /**
     * Stops the server with {@code pg_ctl stop -m fast} (sessions are disconnected, a checkpoint is written) and
     * releases the base directory. Idempotent and thread-safe; it never throws: failures are logged through
     * {@link System.Logger} at WARNING. Blocks up to about twice the start timeout if the server is slow to stop.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook will find this instance closed and do nothing.
        }
        stopServer();
    }

    private void stopFromShutdownHook() {
        if (closed.compareAndSet(false, true)) {
            stopServer();
        }
    }

    private void stopServer() {
        try {
            if (control.stopIfStillRunning(postmasterPid)) {
                LOG.log(System.Logger.Level.INFO, "Stopped PostgreSQL on {0}:{1,number,#}", HOST, port);
            } else {
                LOG.log(System.Logger.Level.INFO, "PostgreSQL (pid {0,number,#}) on {1} was no longer running",
                        postmasterPid, dataDirectory);
            }
        } catch (EmbeddedPostgresException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not stop PostgreSQL on " + HOST + ":" + port, e);
        } finally {
            lock.close();
        }
    }

    /**
     * Test hook simulating a JVM killed with -9: gives up ownership without stopping the server, leaving it
     * orphaned exactly as a dead JVM would (the kernel releases its file lock, no shutdown hook runs).
     */
    void abandon() {
        if (closed.compareAndSet(false, true)) {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
            lock.close();
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgres[" + HOST + ":" + port + ", PostgreSQL " + version + ", " + dataDirectory + "]";
    }

    /** What {@link Builder} collected; immutable. */
    private record Settings(Path baseDirectory, int port, String runAsUser, Duration startTimeout,
                            Map<String, String> serverParameters, boolean stopOnJvmExit) {
    }

    private static EmbeddedPostgres launch(Settings settings) throws EmbeddedPostgresException {
        Path base = createBaseDirectory(settings.baseDirectory());
        Privileges privileges = Privileges.detect(settings.runAsUser());
        privileges.checkTraversable(base);
        BaseDirectoryLock lock = BaseDirectoryLock.acquire(base, settings.startTimeout());
        try {
            Path installDirectory = PostgresBinaries.locate().install(base);
            Path cluster = base.resolve("cluster");
            ServerControl control = new ServerControl(installDirectory, cluster, privileges,
                    new ToolRunner(privileges, base), settings.startTimeout());
            String version = control.version();
            control.initIfNeeded(SUPERUSER);
            control.stopStaleServer();
            int port = settings.port() != 0 ? settings.port() : freePort();
            long pid = control.start(HOST, port, settings.serverParameters());
            EmbeddedPostgres server = new EmbeddedPostgres(control, lock, cluster, port, version, pid);
            if (settings.stopOnJvmExit()) {
                Runtime.getRuntime().addShutdownHook(server.shutdownHook);
            }
            try {
                StartupProbe.await(HOST, port, SUPERUSER, Instant.now().plus(settings.startTimeout()));
            } catch (EmbeddedPostgresException e) {
                server.close();
                throw e;
            }
            LOG.log(System.Logger.Level.INFO, "Started PostgreSQL {0} on {1}:{2,number,#} as {3}, data in {4}",
                    version, HOST, port, privileges.describe(), cluster);
            return server;
        } catch (EmbeddedPostgresException | RuntimeException e) {
            lock.close(); // idempotent: harmless if close() above already released it
            throw e;
        }
    }

    /**
     * Creates the base directory and missing parents with mode 0755 regardless of the umask: when root, the
     * unprivileged PostgreSQL user must be able to traverse them.
     */
    private static Path createBaseDirectory(Path baseDirectory) throws EmbeddedPostgresException {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path dir = base; dir != null && !Files.exists(dir); dir = dir.getParent()) {
            missing.push(dir);
        }
        try {
            for (Path dir : missing) {
                try {
                    Files.createDirectory(dir);
                } catch (FileAlreadyExistsException e) {
                    continue; // created concurrently by another process: fine, but not ours to chmod
                }
                Files.setPosixFilePermissions(dir, TarExtractor.permissions(0755));
            }
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not create base directory " + base, e);
        }
        if (!Files.isDirectory(base)) {
            throw new EmbeddedPostgresException("Base directory " + base + " exists but is not a directory");
        }
        return base;
    }

    /**
     * Picks a free loopback port by binding port 0 and closing the socket. Another process could take the port
     * before postgres binds it; the window is tiny and such a race fails the start loudly ("could not bind")
     * rather than silently, so it is accepted instead of retrying.
     */
    private static int freePort() throws EmbeddedPostgresException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not find a free TCP port on " + HOST, e);
        }
    }

    /**
     * Configures and starts an {@link EmbeddedPostgres}. Not thread-safe; each {@link #start()} launches a new
     * server and a builder may be reused.
     */
    public static final class Builder {

        private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
        /** Parameters this class controls itself; overriding them would make port() or host() lie. */
        private static final Set<String> RESERVED = Set.of("port", "listen_addresses", "data_directory");

        private final Path baseDirectory;
        private int port;
        private String runAsUser = "nobody";
        private Duration startTimeout = Duration.ofSeconds(60);
        private final Map<String, String> serverParameters = new LinkedHashMap<>();
        private boolean stopOnJvmExit = true;

        private Builder(Path baseDirectory) {
            this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory");
        }

        /**
         * Sets the TCP port on 127.0.0.1; {@code 0} (the default) picks a free port at start.
         *
         * @param port 0..65535
         * @return this builder
         * @throws IllegalArgumentException if outside 0..65535
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Sets the account PostgreSQL runs as when this JVM runs as root (default {@code nobody}); ignored
         * otherwise, since the server then simply runs as the current user.
         *
         * @param user an existing account name
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder runAsUser(String user) {
            if (Objects.requireNonNull(user, "user").isBlank()) {
                throw new IllegalArgumentException("user must not be blank");
            }
            this.runAsUser = user;
            return this;
        }

        /**
         * Sets how long {@link #start()} waits for the base directory lock and, separately, for the server to
         * accept connections; also bounds stopping. Default 60 seconds; unpacking and initdb are not counted.
         *
         * @param timeout a positive duration
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder startTimeout(Duration timeout) {
            if (Objects.requireNonNull(timeout, "timeout").isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("startTimeout must be positive: " + timeout);
            }
            this.startTimeout = timeout;
            return this;
        }

        /**
         * Adds a server setting passed as {@code -c name=value} (e.g. {@code max_connections}); later calls for
         * the same name win. Invalid values are only detected by the server, so they fail {@link #start()}.
         *
         * @param name  parameter name
         * @param value parameter value, passed verbatim
         * @return this builder
         * @throws IllegalArgumentException if the name is malformed or one of {@code port}, {@code
         *                                  listen_addresses}, {@code data_directory}, which this class controls
         */
        public Builder serverParameter(String name, String value) {
            if (!PARAMETER_NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
                throw new IllegalArgumentException("Not a PostgreSQL parameter name: '" + name + "'");
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Parameter '" + name + "' is controlled by EmbeddedPostgres");
            }
            serverParameters.put(name, Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Whether a JVM shutdown hook stops the server (default true). An owner that closes the server from its own
         * shutdown hook (a Spring context) turns it off: two hooks run at once, and the server would stop while
         * the owner still writes its last rows. A server left running by a killed JVM is stopped at the next start.
         *
         * @return this builder
         */
        public Builder stopOnJvmExit(boolean stop) {
            this.stopOnJvmExit = stop;
            return this;
        }

        /**
         * Prepares the base directory and starts the server; returns once it accepts connections.
         *
         * @return the running server; close it to stop it
         * @throws EmbeddedPostgresException if anything fails: missing binaries on the classpath, missing user or
         *                                   {@code setpriv} when root, an untraversable directory, initdb
         *                                   failure, a base directory in use, or a server that does not start
         *                                   (the message includes the tail of the server log)
         */
        public EmbeddedPostgres start() throws EmbeddedPostgresException {
            return launch(new Settings(baseDirectory, port, runAsUser, startTimeout,
                    Collections.unmodifiableMap(new LinkedHashMap<>(serverParameters)), stopOnJvmExit));
        }
    }
}
