package org.castellan.modems.sheet;

import org.castellan.platform.CsvFields;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV records (RFC 4180), numbered as a spreadsheet shows them: record n is row n, which is also text line n unless
 * a quoted field above holds a line break (Excel hides a {@code sep=} line, so it is not counted). Fields may be
 * quoted, with {@code ""} for a quote and delimiters and line breaks inside; CRLF, LF and a lone CR all end a record.
 * Lenient where Excel is: a quote inside an unquoted field, or text after a closing quote, is kept as it is. The
 * delimiter is {@code ,}, {@code ;} or tab, whichever the header line has most of outside quotes (comma on a tie),
 * unless Excel's {@code sep=X} first line names it. A field {@link CsvWriter} protected with an apostrophe before
 * {@code = + - @} loses that apostrophe.
 */
final class CsvParser {
    /** More fields than this in one record is not a modem list (ten columns): refused instead of allocating. */
    static final int MAX_FIELDS = 1_000;

    private final String text;
    private final RowSink sink;
    private char delimiter;
    private int pos;
    /** The text line at {@code pos}, for messages about the text itself. */
    private int line = 1;
    private int rowNumber;

    private CsvParser(String text, RowSink sink) {
        this.text = text;
        this.sink = sink;
    }

    /**
     * Delivers every record of {@code text} to {@code sink} until it returns {@code false}.
     *
     * @throws UnreadableSheetException for a quoted field that never closes, or a record of too many fields
     */
    static void parse(String text, RowSink sink) throws UnreadableSheetException {
        new CsvParser(text, sink).run();
    }

    private void run() throws UnreadableSheetException {
        delimiter = excelSeparatorLine();
        if (delimiter == 0) {
            delimiter = detectDelimiter(text, pos);
        }
        while (pos < text.length()) {
            rowNumber++;
            List<String> fields = record();
            if (!sink.accept(new RawRow(rowNumber, fields))) {
                return;
            }
        }
    }

    /** Reads one record from {@code pos}, through its line break. */
    private List<String> record() throws UnreadableSheetException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int quoteLine = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c != '"') {
                    countLineBreak(c);
                    field.append(c);
                } else if (pos < text.length() && text.charAt(pos) == '"') {
                    field.append('"');
                    pos++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
            } else if (c == delimiter) {
                addField(fields, field);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                endOfLine(c);
                break;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new UnreadableSheetException(ProblemCode.CSV_UNTERMINATED_QUOTE, rowNumber, "The quoted field "
                    + "that starts in row " + rowNumber + " (text line " + quoteLine + ") is never closed: a \" is "
                    + "missing");
        }
        addField(fields, field);
        return fields;
    }

    private void addField(List<String> fields, StringBuilder field) throws UnreadableSheetException {
        if (fields.size() == MAX_FIELDS) {
            throw new UnreadableSheetException(ProblemCode.FILE_UNREADABLE, rowNumber, "Row " + rowNumber
                    + " has more than " + MAX_FIELDS + " fields; is this a modem list?");
        }
        fields.add(CsvFields.unescapeFormula(field.toString()));
        field.setLength(0);
    }

    /** Inside quotes: CR LF counts once (at the LF), so does a lone CR or LF; the break stays in the value. */
    private void countLineBreak(char c) {
        if (c == '\n' || (c == '\r' && !nextIs('\n'))) {
            line++;
        }
    }

    /** Outside quotes: the record ends; CR LF is one break. */
    private void endOfLine(char c) {
        if (c == '\r' && nextIs('\n')) {
            pos++;
        }
        line++;
    }

    private boolean nextIs(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    /** Excel's {@code sep=;} hint line: returns the delimiter it names and skips the line, or 0 when absent. */
    private char excelSeparatorLine() {
        boolean hint = text.length() >= 5 && text.regionMatches(true, 0, "sep=", 0, 4)
                && (text.length() == 5 || text.charAt(5) == '\r' || text.charAt(5) == '\n');
        if (!hint) {
            return 0;
        }
        pos = 5;
        if (pos < text.length()) {
            endOfLine(text.charAt(pos++));
        }
        return text.charAt(4);
    }

    /** The delimiter the first non-empty line from {@code from} uses most outside quotes. */
    static char detectDelimiter(String text, int from) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        int start = from;
        while (start < text.length() && (text.charAt(start) == '\r' || text.charAt(start) == '\n')) {
            start++;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\r' || c == '\n')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
