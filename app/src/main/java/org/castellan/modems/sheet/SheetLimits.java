package org.castellan.modems.sheet;

/**
 * Bounds on what one upload may cost.
 *
 * @param maxRows          modem rows below the header (default 20,000); more is refused whole, not cut
 * @param maxBytes         the file's size (default 10 MiB; a 20,000-row list is about 2 MiB as CSV, less as XLSX)
 * @param maxUnpackedBytes what an XLSX package may unpack to, all parts together (default 64 MiB): a zip bomb is
 *                         refused before the reader inflates it
 * @param maxProblems      problems listed (default 1,000); the rest are counted in one last problem
 */
public record SheetLimits(int maxRows, long maxBytes, long maxUnpackedBytes, int maxProblems) {

    /** 20,000 rows, 10 MiB, 64 MiB unpacked, 1,000 problems. */
    public static final SheetLimits DEFAULTS = new SheetLimits(20_000, 10L << 20, 64L << 20, 1_000);

    public SheetLimits {
        if (maxRows < 1 || maxBytes < 1 || maxUnpackedBytes < 1 || maxProblems < 1) {
            throw new IllegalArgumentException("sheet limits must be positive: rows " + maxRows + ", bytes "
                    + maxBytes + ", unpacked bytes " + maxUnpackedBytes + ", problems " + maxProblems);
        }
    }

    /** A size as a message gives it: {@code 10 MiB}, or {@code 1000 bytes} when not whole mebibytes. */
    static String describe(long bytes) {
        return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    /** These limits with another row limit. */
    public SheetLimits withMaxRows(int rows) {
        return new SheetLimits(rows, maxBytes, maxUnpackedBytes, maxProblems);
    }
}
