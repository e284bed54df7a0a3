package org.castellan.modems.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the rows a reader delivers into a {@link SheetReport}: the first non-blank row is the header, blank rows are
 * skipped, each further row is checked by {@link RowValidator}, then against the rows before it (the same IMEI and
 * channel, the same poller port), and reading stops past {@link SheetLimits#maxRows()}. One instance per file;
 * not thread-safe.
 */
final class SheetAssembler implements RowSink {
    private final SheetLimits limits;
    private final RowValidator validator = new RowValidator();
    private final ProblemList problems;
    private final List<ModemRow> rows = new ArrayList<>();
    private final Map<ImeiChannel, Integer> lineByModem = new HashMap<>();
    private final Map<Integer, Integer> lineByPort = new HashMap<>();
    /** The column of each header cell, {@code null} for ignored ones; {@code null} until the header is read. */
    private Column[] layout;
    private int headerLine;
    private int dataRows;
    private boolean refused;

    private record ImeiChannel(String imei, int channel) {
    }

    SheetAssembler(SheetLimits limits) {
        this.limits = limits;
        this.problems = new ProblemList(limits.maxProblems());
    }

    @Override
    public boolean accept(RawRow row) {
        if (refused) {
            return false;
        }
        if (row.isBlank()) {
            return true;
        }
        if (layout == null) {
            return readHeader(row);
        }
        if (++dataRows > limits.maxRows()) {
            refuse(SheetProblem.ofFile(ProblemCode.FILE_TOO_MANY_ROWS, "The file has more than " + limits.maxRows()
                    + " modem rows (line " + row.line() + " is one too many); split it into smaller files"));
            return false;
        }
        checkRow(row);
        return true;
    }

    /** Records why the file could not be read to its end. */
    void fail(UnreadableSheetException e) {
        refuse(e.toProblem());
    }

    SheetReport finish() {
        if (!refused && layout == null) {
            problems.add(SheetProblem.ofFile(ProblemCode.FILE_EMPTY, "The file has no rows"));
        } else if (!refused && dataRows == 0) {
            problems.add(SheetProblem.ofFile(ProblemCode.FILE_EMPTY, "The file has no modem rows below the header "
                    + "on line " + headerLine));
        }
        return new SheetReport(rows, problems.toList());
    }

    private void refuse(SheetProblem problem) {
        refused = true;
        problems.add(problem);
    }

    private boolean readHeader(RawRow row) {
        headerLine = row.line();
        Column[] columns = new Column[row.cells().size()];
        Map<Column, String> seen = new EnumMap<>(Column.class);
        List<SheetProblem> headerProblems = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            String text = CellText.clean(row.cells().get(i));
            Column column = text.isEmpty() ? null : Column.forHeader(text).orElse(null);
            if (column == null && !text.isEmpty()) {
                headerProblems.add(SheetProblem.of(ProblemCode.HEADER_UNKNOWN, headerLine, SheetProblem.clip(text),
                        text, "Unknown column '" + SheetProblem.clip(text) + "' is ignored; the columns are "
                                + knownHeaders()));
            } else if (column != null && seen.containsKey(column)) {
                headerProblems.add(SheetProblem.of(ProblemCode.HEADER_DUPLICATE, headerLine, SheetProblem.clip(text),
                        text, "Columns '" + SheetProblem.clip(seen.get(column)) + "' and '" + SheetProblem.clip(text)
                                + "' both name the " + column.header() + " column; the first is read"));
            } else if (column != null) {
                seen.put(column, text);
                columns[i] = column;
            }
        }
        if (!seen.containsKey(Column.IMEI)) {
            // most likely no header at all (the first row is a modem): one error, not a warning per cell
            refuse(SheetProblem.of(ProblemCode.HEADER_NO_IMEI, headerLine, null, null, "The first row (line "
                    + headerLine + ") has no IMEI column: the first row must name the columns, e.g. "
                    + knownHeaders()));
            return false;
        }
        problems.addAll(headerProblems);
        layout = columns;
        return true;
    }

    private void checkRow(RawRow row) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        boolean beyondHeader = false;
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cells().get(i);
            if (i < layout.length && layout[i] != null) {
                cells.put(layout[i], cell);
            } else if (i >= layout.length && !CellText.clean(cell).isEmpty()) {
                beyondHeader = true;
            }
        }
        if (beyondHeader) {
            problems.add(SheetProblem.of(ProblemCode.ROW_EXTRA_CELLS, row.line(), null, null,
                    "Values to the right of the last header column are ignored"));
        }
        RowValidator.Checked checked = validator.check(row.line(), cells);
        problems.addAll(checked.problems());
        if (checked.row() != null && isFirstOfItsKind(checked.row())) {
            rows.add(checked.row());
        }
    }

    /** Whether no earlier row has the same IMEI and channel, or the same poller port; reports the clash if one has. */
    private boolean isFirstOfItsKind(ModemRow row) {
        var modem = new ImeiChannel(row.imei(), row.channel());
        Integer modemLine = lineByModem.get(modem);
        if (modemLine != null) {
            problems.add(SheetProblem.of(ProblemCode.ROW_DUPLICATE, row.line(), Column.IMEI.header(), row.imei(),
                    "IMEI " + row.imei() + " with channel " + row.channel() + " is already on line " + modemLine));
            return false;
        }
        Integer portLine = row.pollerPort() == null ? null : lineByPort.get(row.pollerPort());
        if (portLine != null) {
            problems.add(SheetProblem.of(ProblemCode.PORT_DUPLICATE, row.line(), Column.POLLER_PORT.header(),
                    row.pollerPort().toString(), "Poller port " + row.pollerPort() + " is already given to line "
                            + portLine));
            return false;
        }
        lineByModem.put(modem, row.line());
        if (row.pollerPort() != null) {
            lineByPort.put(row.pollerPort(), row.line());
        }
        return true;
    }

    private static String knownHeaders() {
        return Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining(", "));
    }
}
