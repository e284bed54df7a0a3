package org.castellan.tem106.tool;

import java.util.List;

/**
 * Decoded values laid out for output: named sections of rows under column names. Cells are {@link String},
 * {@link Number} (written as JSON numbers) or null.
 */
public record Report(String title, List<Section> sections) {
    public Report {
        sections = List.copyOf(sections);
    }

    /** One table: {@code columns} and rows of cells, each row as long as the columns. */
    public record Section(String name, List<String> columns, List<List<Object>> rows) {
        public Section {
            columns = List.copyOf(columns);
            for (List<Object> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row of " + row.size() + " cells under " + columns.size() + " columns");
                }
            }
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        }
    }
}
