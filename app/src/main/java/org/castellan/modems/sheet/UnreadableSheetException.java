package org.castellan.modems.sheet;

/**
 * A file that cannot be read further: a damaged workbook, a CSV quote that never closes, a package over the limits.
 * Readers throw it; {@link ModemSheets} turns it into one problem, so it never leaves this package.
 */
final class UnreadableSheetException extends Exception {
    private final ProblemCode code;
    private final int line;

    UnreadableSheetException(ProblemCode code, int line, String message) {
        super(message);
        this.code = code;
        this.line = line;
    }

    UnreadableSheetException(ProblemCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.line = 0;
    }

    ProblemCode code() {
        return code;
    }

    /** The line the problem is on, 0 for the file as a whole. */
    int line() {
        return line;
    }

    SheetProblem toProblem() {
        return SheetProblem.of(code, line, null, null, getMessage());
    }
}
