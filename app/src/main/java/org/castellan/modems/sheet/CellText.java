package org.castellan.modems.sheet;

/** Trimming of cell text, the same for every format. */
final class CellText {
    private CellText() {
    }

    /**
     * The text without blanks at either end: whitespace, no-break spaces (Excel keeps them from pasted web pages) and
     * a stray byte-order mark; {@code ""} for {@code null}.
     */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        int start = 0;
        int end = raw.length();
        while (start < end && isBlank(raw.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    /** Length in characters as the database counts them (code points, so a CJK or emoji name is not cut short). */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
