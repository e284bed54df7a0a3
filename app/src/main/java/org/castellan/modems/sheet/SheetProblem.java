package org.castellan.modems.sheet;

/**
 * One finding of a sheet's validation.
 *
 * @param line     the line of the sheet (see {@link ModemRow#line()}); 0 for the file as a whole
 * @param column   the column's English name as exported ({@link Column#header()}), the header text as written for
 *                 an unknown or duplicated column, or {@code null} for a problem of a whole row or file
 * @param value    the cell's text as found (at most 100 characters), or {@code null}
 * @param message  what is wrong and what was expected, in English
 * @param severity {@link Severity#ERROR} refuses the import; {@link Severity#WARNING} is only shown
 * @param code     the stable key of the rule ({@link ProblemCode#key()}, e.g. {@code imei.checksum}) the console
 *                 translates the message by
 */
public record SheetProblem(int line, String column, String value, String message, Severity severity, String code) {

    /** Whether a problem refuses the import. */
    public enum Severity {
        ERROR,
        WARNING
    }

    private static final int MAX_VALUE_LENGTH = 100;

    static SheetProblem of(ProblemCode code, int line, String column, String value, String message) {
        return new SheetProblem(line, column, clip(value), message, code.severity(), code.key());
    }

    static SheetProblem ofFile(ProblemCode code, String message) {
        return of(code, 0, null, null, message);
    }

    static String clip(String value) {
        if (value == null || value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        return value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
