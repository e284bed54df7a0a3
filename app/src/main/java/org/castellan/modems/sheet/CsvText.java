package org.castellan.modems.sheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of a CSV upload. A byte-order mark decides (UTF-8, UTF-16 LE or BE: Excel's "CSV UTF-8" writes the UTF-8
 * one); without one the bytes are UTF-8 when they decode as UTF-8 without error, and Windows-1251 otherwise — the
 * code page a Russian Windows Excel writes its plain "CSV" in. The guess is safe for these files: in Windows-1251
 * every Cyrillic letter but Ё is a byte C0–FF, and in UTF-8 such a byte must be followed by one of 80–BF, so any
 * Cyrillic word of two letters makes Windows-1251 text invalid UTF-8.
 */
final class CsvText {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private CsvText() {
    }

    /**
     * Decodes a whole file.
     *
     * @throws UnreadableSheetException when the bytes are not text: a workbook uploaded as CSV, or binary data
     */
    static String decode(byte[] bytes) throws UnreadableSheetException {
        if (Format.isZip(bytes)) {
            throw new UnreadableSheetException(ProblemCode.FILE_UNREADABLE, 0,
                    "This is an XLSX workbook, not a CSV file; import it as XLSX");
        }
        if (Format.isLegacyExcel(bytes)) {
            throw legacyExcel();
        }
        if (Format.startsWith(bytes, UTF8_BOM)) {
            return text(bytes, UTF8_BOM.length, StandardCharsets.UTF_8);
        }
        if (Format.startsWith(bytes, UTF16LE_BOM)) {
            return text(bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE);
        }
        if (Format.startsWith(bytes, UTF16BE_BOM)) {
            return text(bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE);
        }
        if (indexOfNul(bytes) >= 0) {
            throw new UnreadableSheetException(ProblemCode.FILE_UNREADABLE, 0,
                    "This is not a text file (it holds zero bytes); save the list as CSV or XLSX");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1251);
        }
    }

    static UnreadableSheetException legacyExcel() {
        return new UnreadableSheetException(ProblemCode.FILE_LEGACY_XLS, 0, "This is an Excel 97-2003 (.xls) "
                + "file, which is not read; in Excel choose Save As and the type .xlsx or CSV");
    }

    private static String text(byte[] bytes, int offset, Charset charset) throws UnreadableSheetException {
        String text = new String(bytes, offset, bytes.length - offset, charset);
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableSheetException(ProblemCode.FILE_UNREADABLE, 0,
                    "This is not a text file (it holds zero characters); save the list as CSV or XLSX");
        }
        return text;
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    static byte[] utf8Bom() {
        return Arrays.copyOf(UTF8_BOM, UTF8_BOM.length);
    }
}
