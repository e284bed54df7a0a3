package org.castellan.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV for spreadsheets (RFC 4180 with what Excel needs), shared by every export: records end with CRLF; a field is
 * quoted when it holds a comma, semicolon, quote or line break, or starts or ends with a space; free text that starts
 * with {@code = + - @} gets an apostrophe in front, so that Excel shows it instead of running it as a formula (CSV
 * injection). Files start with the UTF-8 byte-order mark ({@link #UTF8_BOM}): without it Excel reads UTF-8 as the
 * ANSI code page and Cyrillic and Chinese text turns to mojibake.
 */
public final class CsvFields {
    public static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA_STARTS = "=+-@";

    private CsvFields() {
    }

    /** Writes one record of already protected fields. */
    public static void writeRecord(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(fields.get(i)));
        }
        writer.write("\r\n");
    }

    public static String quoted(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == ';' || c == '"' || c == '\r' || c == '\n')
                && field.strip().length() == field.length();
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Free text protected from formula evaluation; null is empty. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return looksLikeFormula(value) ? "'" + value : value;
    }

    /**
     * Whether {@code value} starts with {@code = + - @} after any apostrophes: such a value gets one more apostrophe
     * on export, so that a value that already started with one ({@code '=A1}) survives an import's unescape.
     */
    public static boolean looksLikeFormula(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        return i < value.length() && FORMULA_STARTS.indexOf(value.charAt(i)) >= 0;
    }

    /** A field as before {@link #text} protected it: {@code '=A1} is {@code =A1}, {@code ''=A1} is {@code '=A1}. */
    public static String unescapeFormula(String field) {
        return field.startsWith("'") && looksLikeFormula(field) ? field.substring(1) : field;
    }
}
