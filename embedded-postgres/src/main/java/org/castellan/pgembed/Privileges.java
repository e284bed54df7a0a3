package org.castellan.pgembed;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Decides which account PostgreSQL's processes run as, and prepares the file system for that account.
 *
 * <p>PostgreSQL's {@code initdb}, {@code pg_ctl} and {@code postgres} all refuse to run as root. When this JVM's
 * effective uid is 0, commands are wrapped in util-linux {@code setpriv} so they run as an unprivileged user, and the
 * cluster directory is chowned to that user. Otherwise commands run unchanged as the current user.
 * Instances are immutable and thread-safe.
 */
final class Privileges {

    private static final List<Path> SETPRIV_FALLBACKS = List.of(Path.of("/usr/bin/setpriv"), Path.of("/bin/setpriv"));

    /** The account to switch to, or {@code null} when this JVM is not root and nothing needs to change. */
    private final OsUser runAs;
    private final Path setpriv;

    private Privileges(OsUser runAs, Path setpriv) {
        this.runAs = runAs;
        this.setpriv = setpriv;
    }

    /**
     * Detects whether privileges must be dropped and, if so, resolves the user and {@code setpriv}.
     *
     * @param runAsUser account used only when this JVM runs as root
     * @throws EmbeddedPostgresException if the user does not exist, is root itself, or {@code setpriv} is missing
     */
    static Privileges detect(String runAsUser) throws EmbeddedPostgresException {
        if (OsUser.effectiveUid() != 0) {
            return new Privileges(null, null);
        }
        OsUser user = OsUser.lookup(runAsUser);
        if (user.uid() == 0) {
            throw new EmbeddedPostgresException("Cannot run PostgreSQL as '" + runAsUser
                    + "': it has uid 0 and PostgreSQL refuses to run as root. Choose an unprivileged user.");
        }
        return new Privileges(user, findSetpriv(runAsUser));
    }

    private static Path findSetpriv(String runAsUser) throws EmbeddedPostgresException {
        String path = System.getenv().getOrDefault("PATH", "");
        Stream<Path> onPath = Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "setpriv"));
        return Stream.concat(onPath, SETPRIV_FALLBACKS.stream())
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new EmbeddedPostgresException("This JVM runs as root, so PostgreSQL must be run"
                        + " as '" + runAsUser + "' through util-linux 'setpriv', but setpriv was not found on PATH or"
                        + " in /usr/bin or /bin. Install util-linux (e.g. 'apt-get install util-linux') or run the"
                        + " JVM as an unprivileged user."));
    }

    /** Whether commands are re-launched as another user (this JVM is root). */
    boolean dropsRoot() {
        return runAs != null;
    }

    /** Describes who PostgreSQL runs as, for messages. */
    String describe() {
        return dropsRoot() ? "user '" + runAs.name() + "' (uid " + runAs.uid() + ")" : "the current user";
    }

    /** Returns {@code argv}, prefixed with a {@code setpriv} invocation when root must be dropped. */
    List<String> command(List<String> argv) {
        if (!dropsRoot()) {
            return List.copyOf(argv);
        }
        List<String> wrapped = new ArrayList<>(List.of(setpriv.toString(),
                "--reuid=" + runAs.uid(), "--regid=" + runAs.gid(), "--clear-groups", "--"));
        wrapped.addAll(argv);
        return List.copyOf(wrapped);
    }

    /**
     * Makes {@code directory} private to the PostgreSQL user: owned by it (recursively, if it was owned by someone
     * else, e.g. a cluster created by an earlier non-root run) and mode 0700, which PostgreSQL insists on.
     */
    void ownPrivately(Path directory) throws IOException {
        if (dropsRoot() && (Integer) Files.getAttribute(directory, "unix:uid") != runAs.uid()) {
            try (Stream<Path> tree = Files.walk(directory)) {
                tree.forEach(this::chown);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    }

    private void chown(Path path) {
        try {
            Files.setAttribute(path, "unix:uid", runAs.uid(), LinkOption.NOFOLLOW_LINKS);
            Files.setAttribute(path, "unix:gid", runAs.gid(), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks that the PostgreSQL user can reach {@code directory}: every directory from the root down to it must
     * grant that user search (x) permission. Without this check the failure would surface later as an obscure
     * "permission denied" from initdb or postgres.
     *
     * @throws EmbeddedPostgresException naming the first directory the user cannot traverse
     */
    void checkTraversable(Path directory) throws EmbeddedPostgresException {
        if (!dropsRoot()) {
            return;
        }
        for (Path dir = directory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Map<String, Object> attributes;
            try {
                attributes = Files.readAttributes(dir, "unix:mode,uid,gid");
            } catch (IOException e) {
                throw new EmbeddedPostgresException("Could not read the permissions of " + dir, e);
            }
            int mode = (Integer) attributes.get("mode");
            int owner = (Integer) attributes.get("uid");
            int group = (Integer) attributes.get("gid");
            int searchBit = owner == runAs.uid() ? 0100 : group == runAs.gid() ? 0010 : 0001;
            if ((mode & searchBit) == 0) {
                throw new EmbeddedPostgresException(String.format("This JVM runs as root, so PostgreSQL runs as %s,"
                        + " which cannot traverse directory %s (mode %04o, owner uid %d). Make it traversable"
                        + " (e.g. chmod o+x %s) or use a base directory elsewhere.",
                        describe(), dir, mode & 07777, owner, dir));
            }
        }
    }
}
