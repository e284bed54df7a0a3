package org.castellan.modems.sheet;

import org.castellan.modems.Sharing;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Files for the sheet tests: CSV text, workbooks written cell by cell with fastexcel, and edited packages. */
final class SheetFixtures {
    /** Valid IMEIs (Luhn check digit computed over the first 14 digits). */
    static final String IMEI_1 = "490154203237518";
    static final String IMEI_2 = "356938035643809";
    static final String IMEI_3 = "860911041234565";
    static final String IMEI_4 = "352099001761481";

    private SheetFixtures() {
    }

    static SheetReport readCsv(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), Format.CSV, SheetLimits.DEFAULTS);
    }

    static SheetReport readCsv(String text, Charset charset) {
        return read(text.getBytes(charset), Format.CSV, SheetLimits.DEFAULTS);
    }

    static SheetReport read(byte[] bytes, Format format) {
        return read(bytes, format, SheetLimits.DEFAULTS);
    }

    static SheetReport read(byte[] bytes, Format format, SheetLimits limits) {
        try {
            return ModemSheets.read(new ByteArrayInputStream(bytes), format, limits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] write(List<ModemRow> rows, Format format) {
        var out = new ByteArrayOutputStream();
        try {
            ModemSheets.write(rows, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A workbook of one sheet filled by {@code cells}, as fastexcel writes it. */
    static byte[] workbook(Consumer<Worksheet> cells) {
        var out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", null);
            cells.accept(workbook.newWorksheet("Sheet1"));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A workbook whose first row holds {@code header} and the next rows {@code rows}, every cell as text. */
    static byte[] workbook(List<String> header, List<List<String>> rows) {
        return workbook(sheet -> {
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r + 1, c, rows.get(r).get(c));
                }
            }
        });
    }

    /** The parts of a zip package by name, in package order. */
    static Map<String, byte[]> parts(byte[] zip) {
        // java.util.zip.ZipInputStream refuses fastexcel's stored entries with data descriptors; Excel does not
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /** The text of one part of a zip package. */
    static String part(byte[] zip, String name) {
        byte[] part = parts(zip).get(name);
        if (part == null) {
            throw new AssertionError("no part " + name);
        }
        return new String(part, StandardCharsets.UTF_8);
    }

    /** A zip package of these parts. */
    static byte[] zip(Map<String, byte[]> parts) {
        var out = new ByteArrayOutputStream();
        try (var rezip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                rezip.putNextEntry(new ZipEntry(part.getKey()));
                rezip.write(part.getValue());
                rezip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The package with the part {@code name} edited, or added when missing; every other part as it was. */
    static byte[] withPart(byte[] zip, String name, UnaryOperator<String> edit) {
        Map<String, byte[]> parts = parts(zip);
        byte[] part = parts.getOrDefault(name, new byte[0]);
        parts.put(name, edit.apply(new String(part, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    /** A row with every optional field absent and the defaults a sheet gives. */
    static ModemRow minimal(int line, String imei) {
        return new ModemRow(line, imei, 0, imei, null, null, null, null, null, Sharing.TURNS, null);
    }
}
