package org.castellan.pgembed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The process named by a cluster's {@code postmaster.pid}, which PostgreSQL writes at start and removes at a clean
 * shutdown. A file that is still there when we are about to start means the previous server was not stopped
 * cleanly, typically because the JVM that owned it was killed.
 *
 * @param pid           the postmaster's process id (first line)
 * @param dataDirectory the data directory it was started with (second line)
 */
record PostmasterPid(long pid, Path dataDirectory) {

    /** What the process named in the file turns out to be. */
    enum Owner {
        /** The process is gone; PostgreSQL treats such a file as stale by itself. */
        GONE,
        /** A live postgres serving this very cluster: a server nobody will stop unless we do. */
        THIS_CLUSTER,
        /** A live process that is demonstrably not this cluster's postgres: the pid was reused. */
        SOMETHING_ELSE,
        /** Alive, but not inspectable (another user's process we may not look into). */
        UNKNOWN
    }

    static final String FILE_NAME = "postmaster.pid";

    /** Reads the file, or returns empty if it is absent or not (yet) complete. */
    static Optional<PostmasterPid> read(Path cluster) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(cluster.resolve(FILE_NAME), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.size() < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).strip()), Path.of(lines.get(1).strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Identifies the process. A postmaster changes its working directory to its data directory, so on Linux
     * {@code /proc/<pid>/cwd} identifies the cluster even if it was started through a differently spelled path.
     */
    Owner owner(Path cluster) throws IOException {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return Owner.GONE;
        }
        Optional<String> command = handle.get().info().command();
        if (command.isPresent() && !Path.of(command.get()).getFileName().toString().equals("postgres")) {
            return Owner.SOMETHING_ELSE;
        }
        Path realCluster = cluster.toRealPath();
        Optional<Path> workingDirectory = workingDirectory();
        if (workingDirectory.isPresent()) {
            return workingDirectory.get().equals(realCluster) ? Owner.THIS_CLUSTER : Owner.SOMETHING_ELSE;
        }
        boolean sameDataDirectory = Files.exists(dataDirectory) && Files.isSameFile(dataDirectory, realCluster);
        return command.isPresent() && sameDataDirectory ? Owner.THIS_CLUSTER : Owner.UNKNOWN;
    }

    private Optional<Path> workingDirectory() {
        try {
            return Optional.of(Files.readSymbolicLink(Path.of("/proc", Long.toString(pid), "cwd")));
        } catch (IOException | SecurityException e) {
            return Optional.empty(); // another user's process: /proc hides its cwd from us
        }
    }
}
