package org.castellan.tem106.tool;

import org.castellan.tem106.meter.MeterDecimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.castellan.tem106.tool.Report.Section;

/** How a {@link Report} is written: an aligned text table, a JSON object, or CSV. Stateless. */
public enum OutputFormat {
    /** Aligned columns under a title, one block per section. */
    TABLE,
    /** {@code {"title": …, "<section>": [{"<column>": value, …}, …], …}}. */
    JSON,
    /** RFC 4180 CSV, one block per section, separated by a blank line; the first block line names the section. */
    CSV;

    /** {@code table}, {@code json} or {@code csv}, any case. */
    public static OutputFormat parse(String name) throws ToolException {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ToolException("unknown output format " + name + ": use table, json or csv", e);
        }
    }

    public String write(Report report) {
        return switch (this) {
            case TABLE -> table(report);
            case JSON -> json(report);
            case CSV -> csv(report);
        };
    }

    private static String table(Report report) {
        StringBuilder out = new StringBuilder(report.title()).append('\n');
        for (Section section : report.sections()) {
            out.append('\n').append(section.name()).append('\n');
            List<List<String>> lines = new ArrayList<>();
            lines.add(section.columns());
            section.rows().forEach(row -> lines.add(row.stream().map(OutputFormat::text).toList()));
            int[] widths = new int[section.columns().size()];
            lines.forEach(line -> {
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = Math.max(widths[i], line.get(i).length());
                }
            });
            for (List<String> line : lines) {
                StringBuilder row = new StringBuilder();
                for (int i = 0; i < widths.length; i++) {
                    row.append(i == 0 ? "" : "  ").append(String.format("%-" + widths[i] + "s", line.get(i)));
                }
                out.append(row.toString().stripTrailing()).append('\n');
            }
        }
        return out.toString();
    }

    private static String json(Report report) {
        JsonWriter json = new JsonWriter().raw("{\"title\": ").string(report.title());
        for (Section section : report.sections()) {
            json.raw(",\n  ").string(section.name()).raw(": [");
            for (int r = 0; r < section.rows().size(); r++) {
                json.raw(r == 0 ? "\n    {" : ",\n    {");
                for (int c = 0; c < section.columns().size(); c++) {
                    json.raw(c == 0 ? "" : ", ").string(section.columns().get(c)).raw(": ").value(section.rows().get(r).get(c));
                }
                json.raw("}");
            }
            json.raw(section.rows().isEmpty() ? "]" : "\n  ]");
        }
        return json.raw("\n}\n").toString();
    }

    private static String csv(Report report) {
        StringBuilder out = new StringBuilder();
        for (Section section : report.sections()) {
            if (!out.isEmpty()) {
                out.append("\r\n");
            }
            out.append(csvCell(section.name())).append("\r\n");
            out.append(String.join(",", section.columns().stream().map(OutputFormat::csvCell).toList())).append("\r\n");
            for (List<Object> row : section.rows()) {
                out.append(String.join(",", row.stream().map(c -> csvCell(text(c))).toList())).append("\r\n");
            }
        }
        return out.toString();
    }

    private static String csvCell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case Float f when Float.isFinite(f) -> MeterDecimals.of(f).toPlainString();
            default -> cell.toString();
        };
    }
}
