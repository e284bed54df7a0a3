package org.castellan.pgembed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacks a tar archive (optionally xz-compressed) into a directory, keeping file modes and symbolic links.
 *
 * <p>The PostgreSQL archive needs both: its executables must stay executable and its shared libraries are reached
 * through version symlinks ({@code libpq.so.5 -> libpq.so.5.17}). Every entry, link target and parent directory is
 * checked to stay inside the target directory, so a malicious or corrupt archive cannot write elsewhere
 * ("zip slip"). Stateless; callers serialise extraction into one directory themselves.
 */
final class TarExtractor {

    private TarExtractor() {
    }

    /**
     * Unpacks an xz-compressed tar stream into {@code target}.
     *
     * @throws IOException if reading or writing fails, or an entry would land outside {@code target}
     */
    static void extractTxz(InputStream compressed, Path target) throws IOException {
        extractTar(new XZCompressorInputStream(new BufferedInputStream(compressed)), target);
    }

    /**
     * Unpacks an uncompressed tar stream into {@code target}, which must exist. Closes the stream.
     *
     * @throws IOException if reading or writing fails, or an entry would land outside {@code target}
     */
    static void extractTar(InputStream tarStream, Path target) throws IOException {
        Path root = target.toRealPath();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(tarStream)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                extractEntry(tar, entry, root);
            }
        }
    }

    private static void extractEntry(TarArchiveInputStream tar, TarArchiveEntry entry, Path root) throws IOException {
        Path destination = inside(root, root.resolve(entry.getName()), entry.getName());
        if (entry.isDirectory()) {
            Files.createDirectories(destination);
            // Owner keeps rwx so a later re-extraction can always delete what we wrote.
            Files.setPosixFilePermissions(destination, permissions(entry.getMode() | 0700));
        } else if (entry.isSymbolicLink()) {
            // Link targets are relative to the link's directory; resolve them the same way to check them.
            inside(root, destination.getParent().resolve(entry.getLinkName()), entry.getName() + " -> "
                    + entry.getLinkName());
            createParent(destination, root);
            Files.deleteIfExists(destination);
            Files.createSymbolicLink(destination, Path.of(entry.getLinkName()));
        } else if (entry.isLink()) {
            Path existing = inside(root, root.resolve(entry.getLinkName()), entry.getLinkName());
            createParent(destination, root);
            Files.deleteIfExists(destination);
            Files.createLink(destination, existing);
        } else if (entry.isFile()) {
            if (destination.equals(root)) {
                throw new IOException("Tar entry '" + entry.getName() + "' would overwrite the target directory");
            }
            createParent(destination, root);
            Files.copy(tar, destination, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(destination, permissions(entry.getMode()));
        } else {
            throw new IOException("Unsupported tar entry type for '" + entry.getName() + "'");
        }
    }

    /** Returns {@code path} normalised, or fails if it is not {@code root} or below it. */
    private static Path inside(Path root, Path path, String description) throws IOException {
        Path normalized = path.normalize();
        if (!normalized.startsWith(root)) {
            throw new IOException("Tar entry '" + description + "' escapes the target directory " + root);
        }
        return normalized;
    }

    /**
     * Creates the parent of {@code destination} and checks its real path: the lexical check alone would miss an
     * earlier entry that made a parent directory a symlink pointing elsewhere.
     */
    private static void createParent(Path destination, Path root) throws IOException {
        Path parent = Files.createDirectories(destination.getParent());
        if (!parent.toRealPath().startsWith(root)) {
            throw new IOException("Tar entry for '" + root.relativize(destination)
                    + "' would be written through a symlink outside the target directory " + root);
        }
    }

    /** Converts the permission bits of a tar mode; setuid/setgid/sticky bits are deliberately dropped. */
    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
        // The enum is declared in mode-bit order: OWNER_READ (0400) first ... OTHERS_EXECUTE (0001) last.
        PosixFilePermission[] all = PosixFilePermission.values();
        for (int i = 0; i < all.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                result.add(all[i]);
            }
        }
        return result;
    }
}
