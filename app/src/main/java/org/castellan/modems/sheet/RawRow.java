package org.castellan.modems.sheet;

import java.util.List;

/**
 * One row as a reader found it, before any check: the cells' text by column position ({@code null} or empty for a
 * blank cell).
 *
 * @param line  the row's line in the sheet (see {@link ModemRow#line()})
 * @param cells the cells' text, position 0 first
 */
record RawRow(int line, List<String> cells) {

    /** Whether every cell is blank (such rows, e.g. trailing ones Excel keeps, are skipped). */
    boolean isBlank() {
        return cells.stream().allMatch(cell -> CellText.clean(cell).isEmpty());
    }
}
