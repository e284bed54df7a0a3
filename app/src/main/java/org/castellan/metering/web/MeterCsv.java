package org.castellan.metering.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.Counter;
import org.castellan.metering.Meter;
import org.castellan.metering.SystemEntry;
import org.castellan.platform.CsvFields;

/**
 * The meter list and a meter's archive as CSV ({@link CsvFields}' rules: BOM, CRLF, formula protection). Times of
 * reads are ISO-8601 UTC; archive periods are the meter's own wall-clock time, as the meter names them. Integrators
 * are exact decimals with a point, whatever the viewer's language, so a spreadsheet sums them without rounding.
 */
final class MeterCsv {
    static final List<String> LIST_HEADER = List.of("id", "name", "site", "connection", "model", "serial_number",
            "plan", "status", "last_error", "t1_c", "t2_c", "flow_t_h", "values_at", "last_success_at",
            "hourly_gaps");

    private MeterCsv() {
    }

    static void writeList(List<MeterRow> rows, Map<Long, String> siteNames, Map<Long, String> planNames,
                          OutputStream out) throws IOException {
        Writer writer = open(out);
        CsvFields.writeRecord(writer, LIST_HEADER);
        for (MeterRow row : rows) {
            Meter m = row.meter();
            CsvFields.writeRecord(writer, List.of(Long.toString(m.id()), CsvFields.text(m.name()),
                    CsvFields.text(m.siteId() == null ? null : siteNames.get(m.siteId())), CsvFields.text(m.where()),
                    CsvFields.text(m.model()), CsvFields.text(m.serialNumber()),
                    CsvFields.text(m.planId() == null ? null : planNames.get(m.planId())), row.status().name(),
                    CsvFields.text(m.lastError()), str(row.t1()), str(row.t2()), str(row.flow()), str(row.valuesAt()),
                    str(m.lastSuccessAt()), Long.toString(row.hourlyGaps())));
        }
        writer.flush();
    }

    /** The header of an archive export: per system Q, M, V (MWh, t, m³), then t1, t2 and the error names. */
    static List<String> archiveHeader(List<Integer> systems) {
        List<String> header = new ArrayList<>(List.of("period_start", "written_at"));
        for (int n : systems) {
            header.addAll(List.of("q" + n + "_mwh", "m" + n + "_t", "v" + n + "_m3"));
        }
        header.addAll(List.of("t1_c", "t2_c", "errors"));
        return header;
    }

    static void writeArchive(ArchiveInterval interval, List<Integer> systems, List<ArchiveRow> rows,
                             OutputStream out) throws IOException {
        Writer writer = open(out);
        CsvFields.writeRecord(writer, archiveHeader(systems));
        for (ArchiveRow row : rows) {
            List<String> fields = new ArrayList<>(List.of(row.periodStart().toString(), row.writtenAt().toString()));
            for (int n : systems) {
                SystemEntry s = row.system(n);
                fields.add(value(s, SystemEntry::energy));
                fields.add(value(s, SystemEntry::mass));
                fields.add(value(s, SystemEntry::volume));
            }
            fields.add(str(row.t1()));
            fields.add(str(row.t2()));
            fields.add(String.join(" ", row.errors()));
            CsvFields.writeRecord(writer, fields);
        }
        writer.flush();
    }

    private static Writer open(OutputStream out) throws IOException {
        out.write(CsvFields.UTF8_BOM);
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    private static String value(SystemEntry s, Function<SystemEntry, Counter> counter) {
        return s == null ? "" : counter.apply(s).value().toPlainString();
    }

    private static String str(Object value) {
        return value == null ? "" : value.toString();
    }
}
