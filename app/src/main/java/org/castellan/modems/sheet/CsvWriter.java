package org.castellan.modems.sheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.castellan.platform.CsvFields;

/**
 * Writes the modem list as CSV by {@link CsvFields}' rules (UTF-8 with a byte-order mark, CRLF, quoting, formula
 * protection), English headers in {@link Column} order; {@link CsvFields#unescapeFormula} takes the protection off
 * on import.
 */
final class CsvWriter {

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
        CsvFields.writeRecord(writer, fields);
    }

    private static String text(String value) {
        return CsvFields.text(value);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
