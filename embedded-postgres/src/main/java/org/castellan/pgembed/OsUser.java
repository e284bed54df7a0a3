package org.castellan.pgembed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An operating-system account: the one PostgreSQL runs as when this JVM is root.
 *
 * @param name account name, as in {@code /etc/passwd}
 * @param uid  numeric user id
 * @param gid  numeric primary group id
 */
record OsUser(String name, int uid, int gid) {

    private static final Path PASSWD = Path.of("/etc/passwd");

    /**
     * Returns this process's effective uid.
     *
     * <p>{@code /proc/self} is owned by the effective uid of the process looking at it, which is exactly what
     * PostgreSQL's own "am I root?" check uses.
     */
    static int effectiveUid() throws EmbeddedPostgresException {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException e) {
            throw new EmbeddedPostgresException(
                    "Could not determine the effective uid from /proc/self (only Linux is supported)", e);
        }
    }

    /**
     * Resolves an account by name from {@code /etc/passwd}, falling back to {@code getent passwd} so that accounts
     * from NSS sources (LDAP, sssd) are found too.
     *
     * @throws EmbeddedPostgresException if no such account exists
     */
    static OsUser lookup(String name) throws EmbeddedPostgresException {
        Optional<OsUser> user;
        try {
            user = parsePasswd(Files.readAllLines(PASSWD, StandardCharsets.UTF_8), name);
        } catch (NoSuchFileException e) {
            user = Optional.empty();
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not read " + PASSWD + " to look up user '" + name + "'", e);
        }
        if (user.isEmpty()) {
            user = getent(name);
        }
        return user.orElseThrow(() -> new EmbeddedPostgresException("User '" + name + "' does not exist (looked in "
                + PASSWD + " and 'getent passwd'). PostgreSQL refuses to run as root, so it must run as an"
                + " unprivileged user: create that user or choose an existing one with runAsUser(...)."));
    }

    /** Finds {@code name} in passwd-format lines ({@code name:pw:uid:gid:gecos:home:shell}). */
    static Optional<OsUser> parsePasswd(List<String> lines, String name) {
        for (String line : lines) {
            String[] fields = line.split(":", -1);
            if (fields.length >= 4 && fields[0].equals(name)) {
                try {
                    return Optional.of(new OsUser(name, Integer.parseInt(fields[2]), Integer.parseInt(fields[3])));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<OsUser> getent(String name) {
        try {
            Process process = new ProcessBuilder("getent", "passwd", name).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return parsePasswd(new String(output, StandardCharsets.UTF_8).lines().toList(), name);
        } catch (IOException e) {
            return Optional.empty(); // no getent on this system: /etc/passwd was the only source
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
