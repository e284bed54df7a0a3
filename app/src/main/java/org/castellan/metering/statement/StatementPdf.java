package org.castellan.metering.statement;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link HeatStatement} as a PDF, landscape A4, with OpenPDF: the title, the header block, the gap notice
 * (red when there are gaps), the table with the totals, the integrator readings, the notes and the signatures.
 *
 * <p>The font is DejaVu Sans from the {@code jasperreports-fonts} jar on the classpath, embedded (subset, Identity-H
 * encoding) in every document: Cyrillic needs a font that has it, and a statement must print the same on any machine,
 * so neither the PDF base-14 fonts nor system fonts will do. Stateless; the font file is read once per JVM. The
 * stream is not closed.
 */
public final class StatementPdf {
    /** Where {@code net.sf.jasperreports:jasperreports-fonts} keeps DejaVu Sans. */
    static final String FONT = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final Color GAP_RED = new Color(0xC0, 0, 0);

    private StatementPdf() {
    }

    /** Writes {@code statement} in {@code locale}'s language to {@code out}. */
    public static void write(HeatStatement statement, Locale locale, OutputStream out) throws IOException {
        StatementText text = new StatementText(locale);
        Fonts fonts = Fonts.create();
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, out).setCloseStream(false);
            document.open();
            Paragraph title = new Paragraph(text.byInterval("title", statement.interval()), fonts.title);
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            document.add(header(text, statement, fonts));
            Paragraph gaps = new Paragraph(text.gapNotice(statement), statement.gaps().isEmpty() ? fonts.bold
                    : fonts.alert);
            gaps.setSpacingBefore(4);
            gaps.setSpacingAfter(6);
            document.add(gaps);
            document.add(table(text, statement, fonts));
            document.add(readings(text, statement, fonts));
            for (String note : text.notes(statement)) {
                document.add(new Paragraph(note, fonts.small));
            }
            document.add(signatures(text, fonts));
        } catch (DocumentException e) {
            throw new IOException("the statement's PDF could not be written: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    private static PdfPTable header(StatementText text, HeatStatement statement, Fonts fonts) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 4f});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(6);
        for (String[] line : text.headerLines(statement)) {
            table.addCell(plain(line[0], fonts.bold));
            table.addCell(plain(line[1], fonts.normal));
        }
        return table;
    }

    private static PdfPTable table(StatementText text, HeatStatement statement, Fonts fonts) {
        StatementColumn[] columns = StatementColumn.values();
        float[] widths = new float[columns.length + 2];
        widths[0] = 1.6f;
        for (int c = 1; c <= columns.length; c++) {
            widths[c] = 1.1f;
        }
        widths[columns.length + 1] = 2.2f;
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(head(text.byInterval("col.period", statement.interval()), fonts));
        for (StatementColumn column : columns) {
            table.addCell(head(text.label(column.labelKey), fonts));
        }
        table.addCell(head(text.label("col.note"), fonts));
        for (StatementRow row : statement.rows()) {
            table.addCell(cell(text.period(row.period(), statement.interval()), fonts.normal, Element.ALIGN_LEFT));
            figures(table, text, row.figures(), statement.resolution(), fonts.normal);
            table.addCell(cell(text.rowNote(row, statement.interval()), fonts.normal, Element.ALIGN_LEFT));
        }
        table.addCell(cell(text.label("row.total"), fonts.bold, Element.ALIGN_LEFT));
        figures(table, text, statement.totals(), statement.resolution(), fonts.bold);
        table.addCell(cell("", fonts.bold, Element.ALIGN_LEFT));
        return table;
    }

    private static void figures(PdfPTable table, StatementText text, Figures figures,
            HeatStatement.Resolution resolution, Font font) {
        for (StatementColumn column : StatementColumn.values()) {
            table.addCell(cell(text.number(column.value(figures), column.decimals(resolution)), font,
                    Element.ALIGN_RIGHT));
        }
    }

    private static PdfPTable readings(StatementText text, HeatStatement statement, Fonts fonts) {
        boolean withReturn = statement.header().returnSystem() != null;
        List<String> keys = withReturn
                ? List.of("readings.energy", "readings.mass1", "readings.volume1", "readings.mass2", "readings.volume2")
                : List.of("readings.energy", "readings.mass1", "readings.volume1");
        PdfPTable table = new PdfPTable(keys.size() + 1);
        table.setWidthPercentage(withReturn ? 60 : 45);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(8);
        table.setSpacingAfter(6);
        table.addCell(head(text.label("readings.title"), fonts));
        keys.forEach(k -> table.addCell(head(text.label(k), fonts)));
        reading(table, text, statement, "readings.start", statement.start(), keys.size(), fonts);
        reading(table, text, statement, "readings.end", statement.end(), keys.size(), fonts);
        return table;
    }

    private static void reading(PdfPTable table, StatementText text, HeatStatement statement, String key,
            IntegratorReadings readings, int count, Fonts fonts) {
        if (readings == null) {
            table.addCell(cell(text.format(key, text.label("readings.missing")), fonts.normal, Element.ALIGN_LEFT));
            for (int i = 0; i < count; i++) {
                table.addCell(cell(StatementText.BLANK, fonts.normal, Element.ALIGN_RIGHT));
            }
            return;
        }
        HeatStatement.Resolution res = statement.resolution();
        table.addCell(cell(text.format(key, text.date(readings.period().toLocalDate())), fonts.normal,
                Element.ALIGN_LEFT));
        String[] values = {text.number(readings.energy(), res.energy()), text.number(readings.mass1(), res.mass1()),
                text.number(readings.volume1(), res.volume1()), text.number(readings.mass2(), res.mass2()),
                text.number(readings.volume2(), res.volume2())};
        for (int i = 0; i < count; i++) {
            table.addCell(cell(values[i], fonts.normal, Element.ALIGN_RIGHT));
        }
    }

    private static PdfPTable signatures(StatementText text, Fonts fonts) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.addCell(plain(text.label("signatures.consumer"), fonts.bold));
        table.addCell(plain(text.label("signatures.supplier"), fonts.bold));
        for (String key : List.of("signatures.name", "signatures.signature", "signatures.date")) {
            String line = text.label(key) + ": ______________________________";
            PdfPCell left = plain(line, fonts.normal);
            left.setPaddingTop(10);
            PdfPCell right = plain(line, fonts.normal);
            right.setPaddingTop(10);
            table.addCell(left);
            table.addCell(right);
        }
        return table;
    }

    private static PdfPCell head(String label, Fonts fonts) {
        PdfPCell cell = cell(label, fonts.bold, Element.ALIGN_CENTER);
        cell.setBackgroundColor(new Color(0xE8, 0xE8, 0xE8));
        return cell;
    }

    private static PdfPCell cell(String value, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(value, font)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(2);
        return cell;
    }

    private static PdfPCell plain(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(1.5f);
        return cell;
    }

    /** The document's fonts: one embedded DejaVu Sans in several sizes. */
    private record Fonts(Font title, Font normal, Font bold, Font small, Font alert) {
        static Fonts create() throws IOException {
            BaseFont base;
            try {
                base = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        FontFile.BYTES, null);
            } catch (DocumentException e) {
                throw new IOException("DejaVu Sans from " + FONT + " is not a usable font: " + e.getMessage(), e);
            }
            return new Fonts(new Font(base, 13, Font.BOLD), new Font(base, 6.5f), new Font(base, 6.5f, Font.BOLD),
                    new Font(base, 7), new Font(base, 9, Font.BOLD, GAP_RED));
        }
    }

    /** The font file, read from the classpath once, on first use. */
    private static final class FontFile {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = StatementPdf.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is not on the classpath: the statement's PDF needs "
                            + "net.sf.jasperreports:jasperreports-fonts");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + FONT, e);
            }
        }
    }
}
