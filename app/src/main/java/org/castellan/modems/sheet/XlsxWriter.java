package org.castellan.modems.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the modem list as an XLSX workbook of one sheet, "Modems": a bold, frozen header row of English headers in
 * {@link Column} order with an auto-filter, column widths that fit typical values, channel and poller port as
 * numbers and everything else as text. The IMEI is a text cell in a column formatted as Text ({@code @}): a number
 * would show as 3.56938E+14 and be rounded on the next CSV export, and IMEIs typed into the column later stay text.
 */
final class XlsxWriter {
    private static final String SHEET = "Modems";
    private static final String TEXT_FORMAT = "@";
    /** Widths in characters of the standard font, in {@link Column} order. */
    private static final double[] WIDTHS = {18, 9, 30, 28, 28, 18, 16, 12, 12, 48};

    private XlsxWriter() {
    }

    static void write(List<ModemRow> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Castellan", null);
        Worksheet sheet = workbook.newWorksheet(SHEET);
        Column[] columns = Column.values();
        for (int c = 0; c < columns.length; c++) {
            sheet.value(0, c, columns[c].header());
            sheet.width(c, WIDTHS[c]);
            if (columns[c] != Column.CHANNEL && columns[c] != Column.POLLER_PORT) {
                sheet.style(c).format(TEXT_FORMAT).set();
            }
        }
        sheet.range(0, 0, 0, columns.length - 1).style().bold().set();
        sheet.freezePane(0, 1);
        int r = 1;
        for (ModemRow row : rows) {
            writeRow(sheet, r++, row);
        }
        sheet.setAutoFilter(0, 0, r - 1, columns.length - 1);
        workbook.finish();
    }

    private static void writeRow(Worksheet sheet, int r, ModemRow row) {
        sheet.value(r, Column.IMEI.ordinal(), row.imei());
        sheet.style(r, Column.IMEI.ordinal()).format(TEXT_FORMAT).set();
        sheet.value(r, Column.CHANNEL.ordinal(), row.channel());
        text(sheet, r, Column.NAME, row.name());
        text(sheet, r, Column.ORGANIZATION, row.organization());
        text(sheet, r, Column.SITE, row.site());
        text(sheet, r, Column.PHONE, row.phone());
        text(sheet, r, Column.MODEL, row.model());
        if (row.pollerPort() != null) {
            sheet.value(r, Column.POLLER_PORT.ordinal(), row.pollerPort());
        }
        text(sheet, r, Column.SHARING, row.sharing().code());
        text(sheet, r, Column.NOTES, row.notes());
    }

    /** A text cell, or none for an absent value (an empty cell reads back as absent). */
    private static void text(Worksheet sheet, int r, Column column, String value) {
        if (value != null) {
            sheet.value(r, column.ordinal(), value);
        }
    }
}
