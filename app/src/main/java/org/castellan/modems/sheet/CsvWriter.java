package org.castellan.modems.sheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the modem list as CSV: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the ANSI code page and
 * Cyrillic and Chinese names turn to mojibake), comma-separated, CRLF line ends (RFC 4180), English headers in
 * {@link Column} order. A field is quoted when it holds a comma, semicolon, quote or line break, or starts or ends
 * with a space. Free-text fields that start with {@code = + - @} get an apostrophe in front, so that Excel shows
 * them instead of running them as formulas (CSV injection); {@link #unescapeFormula} takes it off on import.
 */
final class CsvWriter {
    private static final String FORMULA_STARTS = "=+-@";

    private CsvWriter() {
    }

    static void write(List<ModemRow> rows, OutputStream out) throws IOException {
        out.write(CsvText.utf8Bom());
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writeRecord(writer, Arrays.stream(Column.values()).map(Column::header).toList());
        for (ModemRow row : rows) {
            writeRecord(writer, List.of(row.imei(), Integer.toString(row.channel()), text(row.name()),
                    text(row.organization()), text(row.site()), orEmpty(row.phone()), text(row.model()),
                    row.pollerPort() == null ? "" : row.pollerPort().toString(), row.sharing().code(),
                    text(row.notes())));
        }
        writer.flush();
    }

    private static void writeRecord(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(fields.get(i)));
        }
        writer.write("\r\n");
    }

    static String quoted(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == ';' || c == '"' || c == '\r' || c == '\n')
                && field.strip().length() == field.length();
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return looksLikeFormula(value) ? "'" + value : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /**
     * Whether {@code value} starts with {@code = + - @} after any apostrophes: such a value gets one more apostrophe
     * on export, so that a value that already started with one ({@code '=A1}) survives the import's unescape.
     */
    private static boolean looksLikeFormula(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
    }

    /** A field as before {@link #text} protected it: {@code '=A1} is {@code =A1}, {@code ''=A1} is {@code '=A1}. */
    static String unescapeFormula(String field) {
        return field.startsWith("'") && looksLikeFormula(field) ? field.substring(1) : field;
    }
}
