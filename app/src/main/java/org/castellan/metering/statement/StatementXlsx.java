package org.castellan.metering.statement;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link HeatStatement} as an XLSX workbook of one sheet, with fastexcel: the merged title, the header
 * block, the gap notice, the table (figures as numeric cells with a number format of the column's decimals, so they
 * can be summed in Excel and show what the PDF shows), the totals, the integrator readings, the notes and the
 * signatures. Stateless; the stream is not closed.
 */
public final class StatementXlsx {
    /** Period, the numeric columns, the note. */
    private static final int COLUMNS = StatementColumn.values().length + 2;
    private static final int NOTE = COLUMNS - 1;

    private StatementXlsx() {
    }

    /** Writes {@code statement} in {@code locale}'s language to {@code out}. */
    public static void write(HeatStatement statement, Locale locale, OutputStream out) throws IOException {
        StatementText text = new StatementText(locale);
        Workbook workbook = new Workbook(out, "Castellan", null);
        Worksheet sheet = workbook.newWorksheet(text.label("sheet.name"));
        int r = title(sheet, text, statement);
        r = header(sheet, text, statement, r + 1);
        sheet.value(r, 0, text.gapNotice(statement));
        sheet.range(r, 0, r, NOTE).merge();
        sheet.range(r, 0, r, NOTE).style().bold().fontColor(statement.gaps().isEmpty() ? "000000" : "C00000").set();
        r = table(sheet, text, statement, r + 2);
        r = readings(sheet, text, statement, r + 1);
        for (String note : text.notes(statement)) {
            sheet.value(++r, 0, note);
            sheet.range(r, 0, r, NOTE).merge();
        }
        signatures(sheet, text, r + 2);
        widths(sheet);
        workbook.finish();
    }

    private static int title(Worksheet sheet, StatementText text, HeatStatement statement) {
        sheet.value(0, 0, text.byInterval("title", statement.interval()));
        sheet.range(0, 0, 0, NOTE).merge();
        sheet.range(0, 0, 0, NOTE).style().bold().fontSize(14).horizontalAlignment("center").set();
        return 1;
    }

    private static int header(Worksheet sheet, StatementText text, HeatStatement statement, int r) {
        for (String[] line : text.headerLines(statement)) {
            sheet.value(r, 0, line[0]);
            sheet.range(r, 0, r, 2).merge();
            sheet.value(r, 3, line[1]);
            sheet.range(r, 3, r, NOTE).merge();
            sheet.style(r, 0).bold().set();
            r++;
        }
        return r;
    }

    private static int table(Worksheet sheet, StatementText text, HeatStatement statement, int r) {
        sheet.value(r, 0, text.byInterval("col.period", statement.interval()));
        StatementColumn[] columns = StatementColumn.values();
        for (int c = 0; c < columns.length; c++) {
            sheet.value(r, c + 1, text.label(columns[c].labelKey));
        }
        sheet.value(r, NOTE, text.label("col.note"));
        sheet.range(r, 0, r, NOTE).style().bold().wrapText(true).horizontalAlignment("center")
                .borderStyle("thin").set();
        for (StatementRow row : statement.rows()) {
            r++;
            sheet.value(r, 0, text.period(row.period(), statement.interval()));
            figures(sheet, r, row.figures(), statement.resolution());
            sheet.value(r, NOTE, text.rowNote(row, statement.interval()));
        }
        r++;
        sheet.value(r, 0, text.label("row.total"));
        figures(sheet, r, statement.totals(), statement.resolution());
        sheet.range(r, 0, r, NOTE).style().bold().borderStyle("thin").set();
        return r + 1;
    }

    private static void figures(Worksheet sheet, int r, Figures figures, HeatStatement.Resolution resolution) {
        StatementColumn[] columns = StatementColumn.values();
        for (int c = 0; c < columns.length; c++) {
            BigDecimal value = columns[c].printed(figures, resolution);
            if (value == null) {
                sheet.value(r, c + 1, StatementText.BLANK);
                sheet.style(r, c + 1).horizontalAlignment("center").set();
            } else {
                sheet.value(r, c + 1, value);
                sheet.style(r, c + 1).format(numberFormat(columns[c].decimals(resolution))).set();
            }
        }
    }

    private static int readings(Worksheet sheet, StatementText text, HeatStatement statement, int r) {
        sheet.value(r, 0, text.label("readings.title"));
        sheet.style(r, 0).bold().set();
        boolean withReturn = statement.header().returnSystem() != null;
        List<String> keys = withReturn
                ? List.of("readings.energy", "readings.mass1", "readings.volume1", "readings.mass2", "readings.volume2")
                : List.of("readings.energy", "readings.mass1", "readings.volume1");
        r++;
        for (int c = 0; c < keys.size(); c++) {
            sheet.value(r, c + 1, text.label(keys.get(c)));
        }
        sheet.range(r, 0, r, keys.size()).style().bold().set();
        r = reading(sheet, text, statement, r + 1, "readings.start", statement.start(), withReturn);
        return reading(sheet, text, statement, r, "readings.end", statement.end(), withReturn);
    }

    private static int reading(Worksheet sheet, StatementText text, HeatStatement statement, int r, String key,
            IntegratorReadings readings, boolean withReturn) {
        if (readings == null) {
            sheet.value(r, 0, text.format(key, text.label("readings.missing")));
            return r + 1;
        }
        sheet.value(r, 0, text.format(key, text.date(readings.period().toLocalDate())));
        HeatStatement.Resolution res = statement.resolution();
        reading(sheet, r, 1, readings.energy(), res.energy());
        reading(sheet, r, 2, readings.mass1(), res.mass1());
        reading(sheet, r, 3, readings.volume1(), res.volume1());
        if (withReturn) {
            reading(sheet, r, 4, readings.mass2(), res.mass2());
            reading(sheet, r, 5, readings.volume2(), res.volume2());
        }
        return r + 1;
    }

    private static void reading(Worksheet sheet, int r, int c, BigDecimal value, int decimals) {
        if (value == null) {
            sheet.value(r, c, StatementText.BLANK);
            return;
        }
        sheet.value(r, c, value.setScale(decimals, RoundingMode.HALF_UP));
        sheet.style(r, c).format(numberFormat(decimals)).set();
    }

    private static void signatures(Worksheet sheet, StatementText text, int r) {
        int half = COLUMNS / 2;
        sheet.value(r, 0, text.label("signatures.consumer"));
        sheet.value(r, half, text.label("signatures.supplier"));
        sheet.style(r, 0).bold().set();
        sheet.style(r, half).bold().set();
        String[] lines = {"signatures.name", "signatures.signature", "signatures.date"};
        for (int i = 0; i < lines.length; i++) {
            String line = text.label(lines[i]) + ": ____________________";
            sheet.value(r + 1 + i, 0, line);
            sheet.value(r + 1 + i, half, line);
        }
    }

    private static void widths(Worksheet sheet) {
        sheet.width(0, 12);
        for (int c = 1; c < NOTE; c++) {
            sheet.width(c, 10);
        }
        sheet.width(NOTE, 28);
    }

    /** "0" or "0.000": the decimal separator shown is the spreadsheet user's own. */
    private static String numberFormat(int decimals) {
        return decimals == 0 ? "0" : "0." + "0".repeat(decimals);
    }
}
