package org.castellan.pgembed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Base directories for tests that start real servers.
 *
 * <p>They live under {@code target/} rather than in a JUnit {@code @TempDir}: temp directories are mode 0700, which
 * the unprivileged user PostgreSQL runs as (when the build runs as root) could not traverse.
 */
final class TestDirectories implements AutoCloseable {

    private static final Path ROOT = Path.of("target", "pgembed-tests").toAbsolutePath();
    private static Path binariesTemplate;

    private final List<Path> created = new ArrayList<>();

    /** A new, empty directory with mode 0755. */
    Path create(String name) throws IOException {
        Files.createDirectories(ROOT);
        Files.setPosixFilePermissions(ROOT, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path directory = Files.createTempDirectory(ROOT, name + "-");
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        created.add(directory);
        return directory;
    }

    /**
     * A new directory already holding a complete copy of the unpacked binaries, which start() then reuses.
     * Decompressing the archive costs seconds of CPU; copying a finished extraction is much cheaper, and keeps the
     * module's test time down. Tests of extraction itself use {@link #create(String)}.
     */
    Path createWithBinaries(String name) throws IOException, EmbeddedPostgresException {
        Path directory = create(name);
        Path template = binariesTemplate();
        copyTree(template, directory.resolve(template.getFileName()));
        return directory;
    }

    private static synchronized Path binariesTemplate() throws IOException, EmbeddedPostgresException {
        if (binariesTemplate == null) {
            Path base = ROOT.resolve("binaries-template");
            Files.createDirectories(base);
            binariesTemplate = PostgresBinaries.locate().install(base);
        }
        return binariesTemplate;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> tree = Files.walk(source)) {
            for (Path path : tree.toList()) {
                Files.copy(path, target.resolve(source.relativize(path).toString()),
                        StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    /** Deletes everything created; call only once the servers using the directories are stopped. */
    @Override
    public void close() throws IOException {
        for (Path directory : created) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            PostgresBinaries.deleteRecursively(directory);
        }
        created.clear();
    }
}
