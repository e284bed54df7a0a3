package org.castellan.pgembed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarExtractorTest {

    @TempDir
    Path temp;
    private Path target;

    @BeforeEach
    void createTarget() throws IOException {
        target = Files.createDirectory(temp.resolve("target"));
    }

    @Test
    void extractsXzTarWithModesAndSymlinks() throws IOException {
        byte[] txz = xz(tar(archive -> {
            directory(archive, "bin/");
            file(archive, "bin/tool", 0755, "#!/bin/sh\n");
            file(archive, "lib/libx.so.1.2", 0644, "library");
            symlink(archive, "lib/libx.so", "libx.so.1.2");
        }));

        TarExtractor.extractTxz(new ByteArrayInputStream(txz), target);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("bin/tool"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.resolve("lib/libx.so.1.2"))))
                .isEqualTo("rw-r--r--");
        assertThat(Files.readSymbolicLink(target.resolve("lib/libx.so"))).isEqualTo(Path.of("libx.so.1.2"));
        assertThat(Files.readString(target.resolve("lib/libx.so"))).isEqualTo("library");
    }

    @Test
    void rejectsAnEntryEscapingTheTarget() throws IOException {
        byte[] tar = tar(archive -> file(archive, "../evil.txt", 0644, "gotcha"));

        assertThatThrownBy(() -> TarExtractor.extractTar(new ByteArrayInputStream(tar), target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("'../evil.txt' escapes the target directory");
        assertThat(temp.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void rejectsASymlinkPointingOutsideTheTarget() throws IOException {
        byte[] tar = tar(archive -> symlink(archive, "lib/escape", "../../outside"));

        assertThatThrownBy(() -> TarExtractor.extractTar(new ByteArrayInputStream(tar), target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("escapes the target directory");
        assertThat(target.resolve("lib/escape")).doesNotExist();
    }

    @Test
    void rejectsWritingThroughAnExistingSymlinkToOutside() throws IOException {
        Path outside = Files.createDirectory(temp.resolve("outside"));
        Files.createSymbolicLink(target.resolve("sub"), outside);
        byte[] tar = tar(archive -> file(archive, "sub/evil.txt", 0644, "gotcha"));

        assertThatThrownBy(() -> TarExtractor.extractTar(new ByteArrayInputStream(tar), target))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("through a symlink outside the target directory");
        assertThat(outside.resolve("evil.txt")).doesNotExist();
    }

    private interface ArchiveWriter {
        void write(TarArchiveOutputStream archive) throws IOException;
    }

    private static byte[] tar(ArchiveWriter writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream archive = new TarArchiveOutputStream(bytes)) {
            archive.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            writer.write(archive);
        }
        return bytes.toByteArray();
    }

    private static byte[] xz(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream xz = new XZCompressorOutputStream(bytes)) {
            xz.write(data);
        }
        return bytes.toByteArray();
    }

    private static void directory(TarArchiveOutputStream archive, String name) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(040755);
        archive.putArchiveEntry(entry);
        archive.closeArchiveEntry();
    }

    private static void file(TarArchiveOutputStream archive, String name, int mode, String content)
            throws IOException {
        byte[] data = content.getBytes(StandardCharsets.UTF_8);
        // preserveAbsolutePath=true keeps "../" exactly as written, like a hostile archive would have it.
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setMode(0100000 | mode);
        entry.setSize(data.length);
        archive.putArchiveEntry(entry);
        archive.write(data);
        archive.closeArchiveEntry();
    }

    private static void symlink(TarArchiveOutputStream archive, String name, String linkTarget) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
        entry.setLinkName(linkTarget);
        archive.putArchiveEntry(entry);
        archive.closeArchiveEntry();
    }
}
