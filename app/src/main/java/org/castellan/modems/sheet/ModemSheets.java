package org.castellan.modems.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the modem list as XLSX or CSV. Stateless and thread-safe; plain Java, no database.
 *
 * <p>Reading checks every row and the file as a whole and never throws for what the file holds: a damaged workbook,
 * undecodable text or an oversize file comes back as one problem on line 0. Whoever imports must import
 * {@link SheetReport#rows()} only when {@link SheetReport#hasErrors()} is false, all in one transaction.
 */
public final class ModemSheets {
    private ModemSheets() {
    }

    /** {@link #read(InputStream, Format, SheetLimits)} with {@link SheetLimits#DEFAULTS}. */
    public static SheetReport read(InputStream in, Format format) throws IOException {
        return read(in, format, SheetLimits.DEFAULTS);
    }

    /**
     * Reads a modem list: the header row, then one modem per row.
     *
     * @param in     the file; read up to {@code limits.maxBytes() + 1} bytes, not closed
     * @param format the file's format, e.g. from {@link Format#detect(String, byte[])}
     * @return the rows that passed and every problem found
     * @throws IOException only when {@code in} itself fails (a broken upload), never for its content
     */
    public static SheetReport read(InputStream in, Format format, SheetLimits limits) throws IOException {
        Objects.requireNonNull(format, "format");
        var assembler = new SheetAssembler(limits);
        byte[] bytes = in.readNBytes((int) Math.min(limits.maxBytes() + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > limits.maxBytes()) {
            assembler.fail(new UnreadableSheetException(ProblemCode.FILE_TOO_LARGE, 0, "The file is larger than "
                    + SheetLimits.describe(limits.maxBytes()) + "; split it into smaller files"));
            return assembler.finish();
        }
        if (bytes.length == 0) {
            return assembler.finish();
        }
        try {
            switch (format) {
                case CSV -> CsvParser.parse(CsvText.decode(bytes), assembler);
                case XLSX -> XlsxReader.read(bytes, limits, assembler);
            }
        } catch (UnreadableSheetException e) {
            assembler.fail(e);
        }
        return assembler.finish();
    }

    /**
     * Writes {@code rows} with English headers in {@link Column} order: CSV as UTF-8 with BOM, comma-separated;
     * XLSX as one sheet with a bold header and the IMEI as text. {@link ModemRow#line()} is ignored.
     *
     * @param out not closed
     * @throws IOException when {@code out} fails
     */
    public static void write(List<ModemRow> rows, Format format, OutputStream out) throws IOException {
        switch (format) {
            case CSV -> CsvWriter.write(rows, out);
            case XLSX -> XlsxWriter.write(rows, out);
        }
        out.flush();
    }
}
