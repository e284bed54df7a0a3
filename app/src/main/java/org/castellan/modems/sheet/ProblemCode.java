package org.castellan.modems.sheet;

import org.castellan.modems.sheet.SheetProblem.Severity;

/**
 * Every rule a sheet is checked against, with the stable key its problems carry ({@link SheetProblem#code()}).
 * Keys are part of the API: the console translates messages by them, so a key is never renamed.
 */
public enum ProblemCode {
    /** No rows at all, or a header and nothing below it. */
    FILE_EMPTY("file.empty"),
    /** Larger than {@link SheetLimits#maxBytes()}, or an XLSX that unpacks to more than its limit. */
    FILE_TOO_LARGE("file.too_large"),
    /** Not a readable XLSX workbook or CSV text. */
    FILE_UNREADABLE("file.unreadable"),
    /** An Excel 97–2003 {@code .xls} file, which is not read: save it as {@code .xlsx} or CSV. */
    FILE_LEGACY_XLS("file.legacy_xls"),
    /** More modem rows than {@link SheetLimits#maxRows()}. */
    FILE_TOO_MANY_ROWS("file.too_many_rows"),
    /** More problems than {@link SheetLimits#maxProblems()}; an error when any left out is an error. */
    FILE_TOO_MANY_PROBLEMS("file.too_many_problems", Severity.WARNING),
    /** A quoted CSV field that never closes. */
    CSV_UNTERMINATED_QUOTE("csv.unterminated_quote"),
    /** The first row names no IMEI column (or there is no header row at all). */
    HEADER_NO_IMEI("header.no_imei"),
    /** Two header cells name the same column. */
    HEADER_DUPLICATE("header.duplicate"),
    /** A header the sheet does not know; its column is ignored. */
    HEADER_UNKNOWN("header.unknown", Severity.WARNING),
    /** Values beyond the last header cell; they are ignored. */
    ROW_EXTRA_CELLS("row.extra_cells", Severity.WARNING),
    IMEI_MISSING("imei.missing"),
    /** Not 15 digits after spaces and dashes are removed. */
    IMEI_FORMAT("imei.format"),
    /** Written as {@code 3.56938E+14}: Excel rounded a numeric IMEI when it saved the CSV. */
    IMEI_SCIENTIFIC("imei.scientific"),
    /** The 15th digit is not the Luhn check digit of the first 14. */
    IMEI_CHECKSUM("imei.checksum"),
    CHANNEL_FORMAT("channel.format"),
    CHANNEL_RANGE("channel.range"),
    NAME_LENGTH("name.length"),
    ORGANIZATION_LENGTH("organization.length"),
    SITE_LENGTH("site.length"),
    PHONE_FORMAT("phone.format"),
    MODEL_LENGTH("model.length"),
    PORT_FORMAT("port.format"),
    PORT_RANGE("port.range"),
    SHARING_UNKNOWN("sharing.unknown"),
    NOTES_LENGTH("notes.length"),
    /** The same IMEI and channel as an earlier row. */
    ROW_DUPLICATE("row.duplicate"),
    /** The same poller port as an earlier row. */
    PORT_DUPLICATE("port.duplicate");

    private final String key;
    private final Severity severity;

    ProblemCode(String key) {
        this(key, Severity.ERROR);
    }

    ProblemCode(String key, Severity severity) {
        this.key = key;
        this.severity = severity;
    }

    /** The stable key, e.g. {@code imei.checksum}. */
    public String key() {
        return key;
    }

    /** The severity of this rule's problems. */
    public Severity severity() {
        return severity;
    }
}
