package org.castellan.events;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.castellan.platform.CsvFields;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Json;

/**
 * A journal search as CSV ({@link CsvFields}' rules), the whole result page by page — so an export of a year of
 * events holds one page in memory, not the year — up to {@value #MAX_ROWS} rows (a last line says the export was cut).
 * Times are ISO-8601 UTC, so a spreadsheet sorts them and nothing depends on the viewer's zone.
 */
final class EventCsv {
    static final int MAX_ROWS = 1_000_000;
    static final List<String> HEADER = List.of("id", "occurred_at", "recorded_at", "org_id", "site_id", "zone_id",
            "device_id", "person_id", "source", "type", "severity", "message", "data");

    private EventCsv() {
    }

    static void write(EventJournal journal, CurrentUser user, EventFilter filter, OutputStream out)
            throws IOException {
        out.write(CsvFields.UTF8_BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CsvFields.writeRecord(writer, HEADER);
        EventFilter page = filter.limit(EventFilter.MAX_LIMIT).after(null);
        int written = 0;
        while (true) {
            EventPage result = journal.search(user, page);
            for (Event e : result.events()) {
                CsvFields.writeRecord(writer, row(e));
            }
            written += result.events().size();
            if (result.next() == null) {
                break;
            }
            if (written >= MAX_ROWS) {
                CsvFields.writeRecord(writer, List.of("# cut at " + MAX_ROWS + " rows: narrow the search"));
                break;
            }
            writer.flush();
            page = page.after(EventCursor.parse(result.next()));
        }
        writer.flush();
    }

    static List<String> row(Event e) {
        return List.of(Long.toString(e.id()), e.occurredAt().toString(), e.recordedAt().toString(),
                Long.toString(e.orgId()), str(e.siteId()), str(e.zoneId()), str(e.deviceId()), str(e.personId()),
                CsvFields.text(e.source()), CsvFields.text(e.type()), e.severity().name(),
                CsvFields.text(e.message()), e.data().isEmpty() ? "" : CsvFields.text(Json.write(e.data())));
    }

    private static String str(Long id) {
        return id == null ? "" : id.toString();
    }
}
