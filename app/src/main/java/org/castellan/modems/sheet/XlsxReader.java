package org.castellan.modems.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first sheet of an XLSX workbook row by row with fastexcel-reader (streaming: stops as soon as the sink
 * does), after {@link XlsxGuard} has checked the package. Cells become text as a user sees them: a number cell
 * exactly, without exponent or trailing zeros (an IMEI Excel stored as the number 356938035643809 reads back as those
 * 15 digits: Excel keeps 15 significant digits and writes them in full), a boolean as TRUE or FALSE, a formula as its
 * cached result. Line numbers are the sheet's row numbers.
 */
final class XlsxReader {
    /** Beyond this many digits of exponent a number is shown in E notation instead of being written out in full. */
    private static final int MAX_PLAIN_SCALE = 40;
    private static final System.Logger LOG = System.getLogger(XlsxReader.class.getName());

    private XlsxReader() {
    }

    /**
     * Delivers the rows of the first sheet to {@code sink} until it returns {@code false}.
     *
     * @throws UnreadableSheetException for an {@code .xls} file ({@link ProblemCode#FILE_LEGACY_XLS}), a package
     *                                  over {@code limits} or a damaged workbook, also when found part-way (rows
     *                                  before the damage have been delivered)
     */
    static void read(byte[] bytes, SheetLimits limits, RowSink sink) throws UnreadableSheetException {
        if (Format.isLegacyExcel(bytes)) {
            throw CsvText.legacyExcel();
        }
        if (!Format.isZip(bytes)) {
            throw new UnreadableSheetException(ProblemCode.FILE_UNREADABLE, 0, "This is not an XLSX workbook (an "
                    + ".xlsx file is a zip package and this one does not start as one); save the list as .xlsx or CSV");
        }
        XlsxGuard.check(bytes, limits);
        // fastexcel-reader reports damaged input with many unchecked exceptions (its own ExcelReaderException,
        // NumberFormatException, IllegalStateException, IndexOutOfBoundsException…): every call into it is wrapped,
        // and only those calls, so that a fault of the sink is not reported as a damaged file
        ReadableWorkbook workbook = call(() -> new ReadableWorkbook(new ByteArrayInputStream(bytes)));
        try (workbook; Stream<Row> rows = call(() -> firstSheet(workbook).openStream())) {
            Iterator<Row> iterator = rows.iterator();
            int line = 0;
            while (call(iterator::hasNext)) {
                Row row = call(iterator::next);
                line = Math.max(line + 1, row.getRowNum());
                if (!sink.accept(new RawRow(line, texts(row)))) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw damaged(e);
        }
    }

    private static Sheet firstSheet(ReadableWorkbook workbook) throws IOException {
        return workbook.getSheet(0).orElseThrow(() -> new IOException("the workbook has no sheet"));
    }

    /** A call into the reader library. */
    @FunctionalInterface
    private interface LibraryCall<T> {
        T call() throws IOException;
    }

    private static <T> T call(LibraryCall<T> call) throws UnreadableSheetException {
        try {
            return call.call();
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    private static UnreadableSheetException damaged(Exception cause) {
        LOG.log(Level.DEBUG, "XLSX workbook refused as damaged", cause);
        return damaged();
    }

    /** The one problem for a workbook that cannot be read, whatever the library said (logged at DEBUG). */
    static UnreadableSheetException damaged() {
        return new UnreadableSheetException(ProblemCode.FILE_UNREADABLE, 0, "The XLSX workbook is damaged and cannot"
                + " be read; open it in Excel, save it again and retry, or save the list as CSV");
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            texts.add(text(row.getOptionalCell(i).orElse(null)));
        }
        return texts;
    }

    static String text(Cell cell) {
        Object value = cell == null ? null : cell.getValue();
        return switch (value) {
            case null -> "";
            case BigDecimal number -> plain(number);
            case Boolean bool -> bool ? "TRUE" : "FALSE";
            default -> value.toString();
        };
    }

    /** A number as digits, {@code 356938035643809} not {@code 3.56938035643809E+14}, {@code 5} not {@code 5.0}. */
    static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (Math.abs((long) stripped.scale()) > MAX_PLAIN_SCALE) {
            return stripped.toString();
        }
        return stripped.toPlainString();
    }
}
