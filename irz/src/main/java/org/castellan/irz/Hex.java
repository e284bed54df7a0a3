package org.castellan.irz;

import java.util.HexFormat;

/**
 * Hex text for bytes in error messages, {@code toString}s and configuration ("C8 CA CB CC CD").
 *
 * <p>Stateless and thread-safe.
 */
public final class Hex {

    private static final HexFormat SPACED = HexFormat.ofDelimiter(" ").withUpperCase();

    private Hex() {
    }

    /** @return the bytes as upper-case hex pairs separated by spaces, e.g. {@code "C8 CA 0D"} */
    public static String format(byte[] bytes) {
        return format(bytes, 0, bytes.length);
    }

    /** @return {@code len} bytes from {@code off} as upper-case hex pairs separated by spaces */
    public static String format(byte[] bytes, int off, int len) {
        return SPACED.formatHex(bytes, off, off + len);
    }

    /** @return one byte as {@code 0xNN} */
    public static String formatByte(int value) {
        return "0x" + HexFormat.of().withUpperCase().toHexDigits((byte) value);
    }

    /**
     * Parses hex pairs; spaces between pairs are optional ({@code "C8CA"} and {@code "C8 CA"} are the same).
     *
     * @throws IllegalArgumentException if the text is not an even number of hex digits
     */
    public static byte[] parse(String text) {
        String compact = text.replace(" ", "");
        if (compact.length() % 2 != 0) {
            throw new IllegalArgumentException("hex text: expected an even number of hex digits, found \"" + text + '"');
        }
        return HexFormat.of().parseHex(compact);
    }
}
