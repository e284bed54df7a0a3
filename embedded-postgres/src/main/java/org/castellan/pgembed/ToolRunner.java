package org.castellan.pgembed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs PostgreSQL command-line tools ({@code initdb}, {@code pg_ctl}, {@code postgres --version}) to completion
 * as the account chosen by {@link Privileges}, capturing their combined output.
 *
 * <p>Instances are immutable and thread-safe; each call blocks until the tool exits or its timeout passes.
 */
final class ToolRunner {

    /** Lines of tool or log output quoted in exception messages. */
    private static final int TAIL_LINES = 25;

    /** Exit code and combined stdout/stderr of a finished tool. */
    record Result(int exitCode, String output) {
    }

    private final Privileges privileges;
    private final Path workingDirectory;

    /**
     * @param privileges       who the tools run as
     * @param workingDirectory must be reachable by that user: tools started from an inaccessible working directory
     *                         (e.g. root's home) fail with "could not identify current directory"
     */
    ToolRunner(Privileges privileges, Path workingDirectory) {
        this.privileges = privileges;
        this.workingDirectory = workingDirectory;
    }

    /**
     * Runs a tool and requires exit code 0.
     *
     * @param what    what is being attempted, for the exception message (e.g. "initdb of /data/cluster")
     * @return the tool's output
     * @throws EmbeddedPostgresException on a non-zero exit code, a timeout or a launch failure
     */
    String runChecked(String what, Duration timeout, List<String> argv) throws EmbeddedPostgresException {
        Result result = run(what, timeout, argv);
        if (result.exitCode() != 0) {
            throw new EmbeddedPostgresException(what + " failed with exit code " + result.exitCode()
                    + ". Output:\n" + tail(result.output()));
        }
        return result.output();
    }

    /**
     * Runs a tool and returns whatever it exited with.
     *
     * @throws EmbeddedPostgresException if it could not be launched or did not finish within {@code timeout}
     */
    Result run(String what, Duration timeout, List<String> argv) throws EmbeddedPostgresException {
        ProcessBuilder builder = new ProcessBuilder(privileges.command(argv))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        sanitize(builder.environment());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new EmbeddedPostgresException(what + " failed: could not launch " + argv.getFirst(), e);
        }
        // Drain output concurrently so a chatty tool can never block on a full pipe while we wait for it.
        AtomicReference<String> output = new AtomicReference<>("");
        Thread drainer = Thread.ofVirtual().start(() -> output.set(readAll(process)));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                drainer.join(Duration.ofSeconds(5));
                throw new EmbeddedPostgresException(what + " did not finish within " + timeout
                        + " and was killed. Output so far:\n" + tail(output.get()));
            }
            // Bounded: a tool that leaves a background child holding its stdout must not hang us (pg_ctl redirects
            // the server's output to the log file, so this normally returns at once).
            drainer.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new EmbeddedPostgresException(what + " was interrupted", e);
        }
        return new Result(process.exitValue(), output.get());
    }

    /**
     * Removes variables that would silently redirect PostgreSQL tools (PGDATA, PGPORT, ...) and pins the C
     * locale so messages are English and no installed-locale mismatch can stop the server.
     */
    private static void sanitize(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("PG") || name.startsWith("LC_") || name.equals("LANG"));
        environment.put("LC_ALL", "C");
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read output: " + e.getMessage() + ")";
        }
    }

    /** The last lines of {@code text}, indented, for exception messages. */
    static String tail(String text) {
        List<String> lines = text.strip().lines().toList();
        List<String> last = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        return last.isEmpty() ? "    (no output)" : "    " + String.join("\n    ", last);
    }
}
