package org.castellan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * How a list of API entities is shown to a person: chosen fields as aligned columns under a header. Alignment
 * counts terminal cells, not characters, so that Chinese names (two cells each) line up with Latin and Cyrillic
 * ones. Immutable; {@link #with} returns a new table.
 */
final class Table {
    private record Column(String header, Function<JsonNode, String> value) {
    }

    private static final String GAP = "  ";

    private final List<Column> columns;

    private Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** A table of one column showing the field at {@code path} (dotted for nested fields). */
    static Table of(String header, String path) {
        return new Table(List.of()).with(header, path);
    }

    Table with(String header, String path) {
        return with(header, node -> text(field(node, path)));
    }

    Table with(String header, Function<JsonNode, String> value) {
        List<Column> more = new ArrayList<>(columns);
        more.add(new Column(header, value));
        return new Table(more);
    }

    /** Prints every element of {@code rows} (a JSON array) as a line; an empty array prints the header only. */
    void print(JsonNode rows, PrintWriter out) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(columns.stream().map(Column::header).toList());
        for (JsonNode row : rows) {
            lines.add(columns.stream().map(c -> oneLine(c.value().apply(row))).toList());
        }
        int[] widths = new int[columns.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(line.get(i)));
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = line.get(i);
                text.append(cell);
                if (i < widths.length - 1) {
                    text.append(" ".repeat(widths[i] - width(cell))).append(GAP);
                }
            }
            out.println(text.toString().stripTrailing());
        }
        out.flush();
    }

    /** Prints one entity as "name  value" lines, every field in the server's order. */
    static void printRecord(JsonNode entity, PrintWriter out) {
        int keyWidth = entity.propertyNames().stream().mapToInt(Table::width).max().orElse(0);
        for (Map.Entry<String, JsonNode> field : entity.properties()) {
            out.println((field.getKey() + " ".repeat(keyWidth - width(field.getKey())) + GAP
                    + oneLine(text(field.getValue()))).stripTrailing());
        }
        out.flush();
    }

    static JsonNode field(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            current = current.path(part);
        }
        return current;
    }

    /** A JSON value as a person reads it: strings bare, arrays of values comma-separated, null and missing empty. */
    static String text(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isArray() && value.valueStream().allMatch(JsonNode::isValueNode)) {
            return String.join(",", value.valueStream().map(Table::text).toList());
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t]+", " ");
    }

    /** Terminal cells a string takes: two for East Asian wide and full-width characters, none for combining marks. */
    static int width(String s) {
        return s.codePoints().map(Table::cells).sum();
    }

    private static int cells(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
