package org.castellan.pgembed;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Drives one cluster with the unpacked binaries: version query, initdb, stale-server cleanup, start and stop.
 *
 * <p>Immutable and thread-safe, but each method blocks while the tool it runs works; callers hold the base
 * directory lock so no other process drives the same cluster concurrently.
 */
final class ServerControl {

    static final String LOG_FILE = "postgres.log";

    private static final System.Logger LOG = System.getLogger(EmbeddedPostgres.class.getName());
    /** For initdb and --version, which are not bounded by the start timeout: initdb fsyncs the new cluster. */
    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(5);
    /** pg_ctl enforces the start/stop timeout itself; this margin only guards against pg_ctl hanging. */
    private static final Duration PG_CTL_MARGIN = Duration.ofSeconds(15);
    private static final Duration EXIT_POLL_INTERVAL = Duration.ofMillis(10);
    private static final int MAX_LOG_TAIL_BYTES = 64 * 1024;
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\)\\s+(\\S+)");

    private final Path installDirectory;
    private final Path cluster;
    private final Privileges privileges;
    private final ToolRunner runner;
    private final Duration timeout;

    ServerControl(Path installDirectory, Path cluster, Privileges privileges, ToolRunner runner, Duration timeout) {
        this.installDirectory = installDirectory;
        this.cluster = cluster;
        this.privileges = privileges;
        this.runner = runner;
        this.timeout = timeout;
    }

    /** Asks the server binary for its version, e.g. {@code 17.6}. */
    String version() throws EmbeddedPostgresException {
        String output = runner.runChecked("Querying the PostgreSQL version (postgres --version)", TOOL_TIMEOUT,
                List.of(tool("postgres"), "--version"));
        Matcher matcher = VERSION.matcher(output);
        if (!matcher.find()) {
            throw new EmbeddedPostgresException("Unexpected output from postgres --version: " + output.strip());
        }
        return matcher.group(1);
    }

    /**
     * Creates the cluster unless {@code PG_VERSION} shows one exists, so data survives restarts. Either way the
     * directory ends up owned by the PostgreSQL user with mode 0700, as the server requires.
     *
     * @return whether a new cluster was created
     */
    boolean initIfNeeded(String superuser) throws EmbeddedPostgresException {
        boolean exists = Files.exists(cluster.resolve("PG_VERSION"));
        try {
            Files.createDirectories(cluster);
            privileges.ownPrivately(cluster);
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not prepare data directory " + cluster + " for "
                    + privileges.describe(), e);
        }
        if (exists) {
            return false;
        }
        LOG.log(System.Logger.Level.INFO, "Initializing a new PostgreSQL cluster in {0}", cluster);
        // Trust authentication: the server only listens on 127.0.0.1 and has no Unix socket, so only processes on
        // this machine can reach it. That is acceptable for the embedded zero-configuration default; deployments
        // that need real authentication point Castellan at their own PostgreSQL instead.
        runner.runChecked("Initializing a PostgreSQL cluster (initdb) in " + cluster, TOOL_TIMEOUT,
                List.of(tool("initdb"), "-D", cluster.toString(), "-U", superuser, "--auth=trust",
                        "--encoding=UTF8", "--locale=C", "--no-instructions"));
        return true;
    }

    /**
     * Deals with a {@code postmaster.pid} left behind by a server that was not stopped cleanly. A live postgres
     * on this cluster is stopped: the caller holds the base directory lock, so its owning JVM is gone and nobody
     * else would ever stop it.
     */
    void stopStaleServer() throws EmbeddedPostgresException {
        try {
            Optional<PostmasterPid> stale = PostmasterPid.read(cluster);
            if (stale.isEmpty()) {
                return;
            }
            long pid = stale.get().pid();
            switch (stale.get().owner(cluster)) {
                case GONE, UNKNOWN -> { } // PostgreSQL checks the pid itself: ignores a dead one, refuses a live one
                case SOMETHING_ELSE -> {
                    LOG.log(System.Logger.Level.WARNING, "Removing stale {0} in {1}: pid {2} is not a PostgreSQL"
                            + " server of this cluster any more", PostmasterPid.FILE_NAME, cluster, Long.toString(pid));
                    Files.delete(cluster.resolve(PostmasterPid.FILE_NAME));
                }
                case THIS_CLUSTER -> {
                    LOG.log(System.Logger.Level.WARNING, "Stopping stale PostgreSQL server (pid {0}) left running"
                            + " on {1}, probably by a JVM that exited without closing it", Long.toString(pid), cluster);
                    stop(pid, "Stopping stale PostgreSQL server (pid " + pid + ") on " + cluster);
                }
            }
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not inspect " + PostmasterPid.FILE_NAME + " in " + cluster, e);
        }
    }

    /**
     * Starts the server with {@code pg_ctl -w}, which returns once the postmaster reports it accepts connections.
     *
     * @return the postmaster's pid
     * @throws EmbeddedPostgresException with pg_ctl's output and the server log written during this attempt
     */
    long start(String host, int port, Map<String, String> parameters) throws EmbeddedPostgresException {
        Path log = cluster.resolve(LOG_FILE);
        long logOffset = sizeOf(log);
        List<String> argv = List.of(tool("pg_ctl"), "start", "-D", cluster.toString(), "-l", log.toString(),
                "-w", "-t", Long.toString(Math.max(1, timeout.toSeconds())),
                "-o", serverOptions(host, port, parameters));
        try {
            ToolRunner.Result result = runner.run("Starting PostgreSQL (pg_ctl start)", timeout.plus(PG_CTL_MARGIN),
                    argv);
            Optional<PostmasterPid> started = readPidFile();
            if (result.exitCode() == 0 && started.isPresent()) {
                return started.get().pid();
            }
            throw new EmbeddedPostgresException("Starting PostgreSQL on " + host + ":" + port + " with data"
                    + " directory " + cluster + " failed: pg_ctl exited with code " + result.exitCode()
                    + ".\npg_ctl output:\n" + ToolRunner.tail(result.output())
                    + "\nServer log (" + log + "):\n" + ToolRunner.tail(readFrom(log, logOffset)));
        } catch (EmbeddedPostgresException e) {
            abandonStart();
            throw e;
        }
    }

    /**
     * Stops the server started as {@code expectedPid}, unless {@code postmaster.pid} shows it is already gone or
     * was replaced (by a later start that treated it as stale): never stop a server this instance did not start.
     *
     * @return whether a server was stopped
     */
    boolean stopIfStillRunning(long expectedPid) throws EmbeddedPostgresException {
        Optional<PostmasterPid> current = readPidFile();
        if (current.isEmpty() || current.get().pid() != expectedPid) {
            return false;
        }
        stop(expectedPid, "Stopping PostgreSQL (pid " + expectedPid + ") on " + cluster);
        return true;
    }

    /** After a failed start, makes sure no half-started server (e.g. pg_ctl timed out) keeps running. */
    private void abandonStart() {
        try {
            Optional<PostmasterPid> pid = PostmasterPid.read(cluster);
            if (pid.isPresent() && pid.get().owner(cluster) == PostmasterPid.Owner.THIS_CLUSTER) {
                runner.run("Stopping a server that failed to start", timeout.plus(PG_CTL_MARGIN),
                        pgCtlStop("immediate"));
            }
        } catch (IOException | EmbeddedPostgresException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not stop a PostgreSQL server that failed to start", e);
        }
    }

    private void stop(long pid, String what) throws EmbeddedPostgresException {
        ToolRunner.Result fast = runner.run(what, timeout.plus(PG_CTL_MARGIN), pgCtlStop("fast"));
        if (fast.exitCode() == 0) {
            awaitExit(pid, what);
            return;
        }
        // Fast mode rolls back sessions and writes a checkpoint; if that did not finish, immediate mode still
        // leaves a consistent cluster (the next start replays the WAL), which beats leaving the server running.
        ToolRunner.Result immediate = runner.run(what, timeout.plus(PG_CTL_MARGIN), pgCtlStop("immediate"));
        if (immediate.exitCode() != 0) {
            throw new EmbeddedPostgresException(what + " failed: pg_ctl stop exited with code " + fast.exitCode()
                    + " (-m fast) and " + immediate.exitCode() + " (-m immediate). Output:\n"
                    + ToolRunner.tail(fast.output() + "\n" + immediate.output()));
        }
        awaitExit(pid, what);
    }

    /**
     * pg_ctl -w returns once postmaster.pid is gone, which the postmaster removes just before it exits; wait for
     * the exit itself so that, once stopped, the process is really gone (its port, shared memory and files freed).
     * Polls briefly: ProcessHandle.onExit() polls non-child processes at 300 ms and up, too slow for a shutdown.
     */
    private void awaitExit(long pid, String what) throws EmbeddedPostgresException {
        Instant deadline = Instant.now().plus(timeout);
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (Instant.now().isAfter(deadline)) {
                throw new EmbeddedPostgresException(what + ": pg_ctl reported success but process " + pid
                        + " was still running after " + timeout);
            }
            try {
                Thread.sleep(EXIT_POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EmbeddedPostgresException(what + " was interrupted", e);
            }
        }
    }

    private List<String> pgCtlStop(String mode) {
        return List.of(tool("pg_ctl"), "stop", "-D", cluster.toString(), "-m", mode, "-w",
                "-t", Long.toString(Math.max(1, timeout.toSeconds())));
    }

    /**
     * Builds pg_ctl's {@code -o} argument. pg_ctl hands it to {@code /bin/sh}, so every option is shell-quoted.
     * No Unix socket is created: pg_ctl -w reads readiness from postmaster.pid, clients use TCP, and the default
     * socket directory may be unwritable for the unprivileged user or shared with a system PostgreSQL.
     */
    static String serverOptions(String host, int port, Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("listen_addresses", host);
        all.put("port", Integer.toString(port));
        all.put("unix_socket_directories", "");
        all.putAll(parameters);
        return all.entrySet().stream()
                .map(e -> "-c " + shellQuote(e.getKey() + "=" + e.getValue()))
                .collect(Collectors.joining(" "));
    }

    private static String shellQuote(String value) {
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }

    private Optional<PostmasterPid> readPidFile() throws EmbeddedPostgresException {
        try {
            return PostmasterPid.read(cluster);
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not read " + PostmasterPid.FILE_NAME + " in " + cluster, e);
        }
    }

    private String tool(String name) {
        return PostgresBinaries.tool(installDirectory, name).toString();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The log written since {@code offset} (at most its last 64 KiB): the output of this start attempt only. */
    private static String readFrom(Path log, long offset) {
        try (SeekableByteChannel channel = Files.newByteChannel(log)) {
            long size = channel.size();
            long from = Math.max(offset > size ? 0 : offset, size - MAX_LOG_TAIL_BYTES);
            ByteBuffer buffer = ByteBuffer.allocate((int) (size - from));
            channel.position(from);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // keep reading until the buffer is full or the file ends
            }
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read " + log + ": " + e.getMessage() + ")";
        }
    }
}
