package org.castellan.modems.sheet;

import org.castellan.modems.Imei;
import org.castellan.modems.Sharing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks of one row's cells, column by column; duplicates across rows are {@link SheetAssembler}'s. Stateless.
 */
final class RowValidator {
    static final int NAME_MAX = 100;
    static final int PLACE_MAX = 200;
    static final int MODEL_MAX = 50;
    static final int NOTES_MAX = 500;
    static final int CHANNEL_MAX = 9;
    static final int PORT_MIN = 1024;
    static final int PORT_MAX = 65535;

    /** Excel's CSV export writes a numeric IMEI in a General cell as it shows it: 3.56938E+14, digits lost. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(?:[.,]\\d+)?[eE]\\+?\\d+");
    private static final Pattern IMEI_SEPARATORS = Pattern.compile("[\\s\u00A0\\-]");
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s\u00A0\\-().]");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+\\d{7,15}");
    private static final Pattern NATIONAL = Pattern.compile("\\d{6,15}");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    /**
     * The outcome for one row.
     *
     * @param row      the checked row, or {@code null} when any problem is an error
     * @param problems what is wrong, in column order
     */
    record Checked(ModemRow row, List<SheetProblem> problems) {
    }

    /** Checks the cells of the row on {@code line}; a column missing from {@code cells} is blank. */
    Checked check(int line, Map<Column, String> cells) {
        var row = new RowCheck(line, cells);
        String imei = row.imei();
        int channel = row.integer(Column.CHANNEL, "Channel", 0, CHANNEL_MAX, ProblemCode.CHANNEL_FORMAT,
                ProblemCode.CHANNEL_RANGE, 0);
        String name = row.text(Column.NAME, "Name", NAME_MAX, ProblemCode.NAME_LENGTH);
        String organization = row.text(Column.ORGANIZATION, "Organization", PLACE_MAX,
                ProblemCode.ORGANIZATION_LENGTH);
        String site = row.text(Column.SITE, "Site", PLACE_MAX, ProblemCode.SITE_LENGTH);
        String phone = row.phone();
        String model = row.text(Column.MODEL, "Model", MODEL_MAX, ProblemCode.MODEL_LENGTH);
        Integer port = row.integer(Column.POLLER_PORT, "Poller port", PORT_MIN, PORT_MAX, ProblemCode.PORT_FORMAT,
                ProblemCode.PORT_RANGE, null);
        Sharing sharing = row.sharing();
        String notes = row.text(Column.NOTES, "Notes", NOTES_MAX, ProblemCode.NOTES_LENGTH);
        if (row.failed) {
            return new Checked(null, row.problems);
        }
        var checked = new ModemRow(line, imei, channel, name == null ? imei : name, organization, site, phone, model,
                port, sharing, notes);
        return new Checked(checked, row.problems);
    }

    /** The problems of one row as its cells are checked. */
    private static final class RowCheck {
        private final int line;
        private final Map<Column, String> cells;
        private final List<SheetProblem> problems = new ArrayList<>();
        private boolean failed;

        RowCheck(int line, Map<Column, String> cells) {
            this.line = line;
            this.cells = cells;
        }

        private String cell(Column column) {
            return CellText.clean(cells.get(column));
        }

        private void error(ProblemCode code, Column column, String value, String message) {
            failed = true;
            problems.add(SheetProblem.of(code, line, column.header(), value, message));
        }

        String imei() {
            String value = cell(Column.IMEI);
            if (value.isEmpty()) {
                error(ProblemCode.IMEI_MISSING, Column.IMEI, value, "IMEI is missing");
                return null;
            }
            if (SCIENTIFIC.matcher(value).matches()) {
                error(ProblemCode.IMEI_SCIENTIFIC, Column.IMEI, value, "IMEI " + value + " was rounded by Excel "
                        + "(scientific notation): format the IMEI column as Text, retype the IMEIs and save again");
                return null;
            }
            String digits = IMEI_SEPARATORS.matcher(value).replaceAll("");
            if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                error(ProblemCode.IMEI_FORMAT, Column.IMEI, value, "IMEI must be 15 digits; found characters other "
                        + "than digits, spaces and dashes");
                return null;
            }
            if (digits.length() != Imei.LENGTH) {
                error(ProblemCode.IMEI_FORMAT, Column.IMEI, value, "IMEI must be 15 digits; found "
                        + digits.length());
                return null;
            }
            int expected = Imei.checkDigit(digits);
            int found = digits.charAt(Imei.LENGTH - 1) - '0';
            if (found != expected) {
                error(ProblemCode.IMEI_CHECKSUM, Column.IMEI, value, "IMEI check digit is " + found + ", expected "
                        + expected + " (Luhn check of the first 14 digits); is a digit mistyped?");
                return null;
            }
            return digits;
        }

        Integer integer(Column column, String label, int min, int max, ProblemCode format, ProblemCode range,
                Integer absent) {
            String value = cell(column);
            if (value.isEmpty()) {
                return absent;
            }
            if (!INTEGER.matcher(value).matches()) {
                error(format, column, value, label + " must be a whole number from " + min + " to " + max
                        + "; found '" + SheetProblem.clip(value) + "'");
                return absent;
            }
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                error(range, column, value, label + " must be from " + min + " to " + max + "; found " + number);
                return absent;
            }
            return number;
        }

        String text(Column column, String label, int max, ProblemCode tooLong) {
            String value = cell(column);
            if (value.isEmpty()) {
                return null;
            }
            int length = CellText.length(value);
            if (length > max) {
                error(tooLong, column, value, label + " is " + length + " characters long; at most " + max
                        + " are allowed");
                return null;
            }
            return value;
        }

        String phone() {
            String value = cell(Column.PHONE);
            if (value.isEmpty()) {
                return null;
            }
            String compact = PHONE_SEPARATORS.matcher(value).replaceAll("");
            if (INTERNATIONAL.matcher(compact).matches() || NATIONAL.matcher(compact).matches()) {
                return compact;
            }
            error(ProblemCode.PHONE_FORMAT, Column.PHONE, value, "Phone must be + and 7 to 15 digits, or a national "
                    + "number of 6 to 15 digits (spaces, dashes and parentheses are allowed)");
            return null;
        }

        Sharing sharing() {
            String value = cell(Column.SHARING);
            if (value.isEmpty()) {
                return Sharing.TURNS;
            }
            return Sharing.fromText(value).orElseGet(() -> {
                error(ProblemCode.SHARING_UNKNOWN, Column.SHARING, value, "Sharing must be exclusive, turns or "
                        + "broadcast (монопольно, по очереди, всем; 独占, 轮流, 广播); found '"
                        + SheetProblem.clip(value) + "'");
                return Sharing.TURNS;
            });
        }
    }
}
