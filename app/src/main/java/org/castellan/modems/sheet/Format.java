package org.castellan.modems.sheet;

import java.util.Locale;

/** The file formats of the modem list. */
public enum Format {
    /** An Office Open XML workbook; the first sheet holds the list. */
    XLSX,
    /** Comma- or semicolon-separated text (RFC 4180), UTF-8 with or without BOM, or Windows-1251. */
    CSV;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /**
     * The format of an upload, from its first bytes and then its name: a zip ({@code PK\3\4}) is XLSX whatever it is
     * called; an old binary Excel file ({@code .xls}, OLE2) is also given as XLSX so that reading it reports "save it
     * as .xlsx" instead of garbage columns; otherwise a name ending in {@code .xlsx} or {@code .xlsm} is XLSX (reading
     * then reports it damaged) and anything else is CSV.
     *
     * @param filename the uploaded file's name, or {@code null}
     * @param head     the first bytes of the file (four are enough), possibly fewer or none
     */
    public static Format detect(String filename, byte[] head) {
        if (startsWith(head, ZIP_MAGIC) || startsWith(head, OLE2_MAGIC)) {
            return XLSX;
        }
        String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") ? XLSX : CSV;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes == null || bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean isLegacyExcel(byte[] bytes) {
        return startsWith(bytes, OLE2_MAGIC);
    }

    static boolean isZip(byte[] bytes) {
        return startsWith(bytes, ZIP_MAGIC);
    }
}
