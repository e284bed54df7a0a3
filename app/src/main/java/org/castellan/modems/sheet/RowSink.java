package org.castellan.modems.sheet;

/** Where a reader delivers rows, in file order. */
@FunctionalInterface
interface RowSink {
    /**
     * Takes the next row.
     *
     * @return {@code false} to stop reading (the sheet is refused already, e.g. over the row limit)
     */
    boolean accept(RawRow row);
}
