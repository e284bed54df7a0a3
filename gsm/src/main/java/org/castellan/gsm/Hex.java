package org.castellan.gsm;

import java.util.HexFormat;

/**
 * Hex text for bytes: PDUs as AT+CMGS wants them ({@code "0011000B91…"}: upper case, no spaces) and bytes in error
 * messages ({@code "00 11 00"}).
 *
 * <p>Stateless and thread-safe.
 */
public final class Hex {

    private static final HexFormat COMPACT = HexFormat.of().withUpperCase();
    private static final HexFormat SPACED = HexFormat.ofDelimiter(" ").withUpperCase();

    private Hex() {
    }

    /** @return the bytes as upper-case hex pairs without separators, e.g. {@code "0011000B"} (a PDU for AT+CMGS) */
    public static String compact(byte[] bytes) {
        return COMPACT.formatHex(bytes);
    }

    /** @return the bytes as upper-case hex pairs separated by spaces, e.g. {@code "00 11 00"} */
    public static String spaced(byte[] bytes) {
        return SPACED.formatHex(bytes);
    }

    /** @return one byte as {@code 0xNN} */
    public static String formatByte(int value) {
        return "0x" + COMPACT.toHexDigits((byte) value);
    }

    /**
     * Parses hex pairs, upper or lower case; spaces are ignored ({@code "0011"} and {@code "00 11"} are the same).
     *
     * @throws IllegalArgumentException if the text is not an even number of hex digits
     */
    public static byte[] parse(String text) {
        String compact = text.replace(" ", "");
        if (compact.length() % 2 != 0) {
            throw new IllegalArgumentException("hex text: expected an even number of hex digits, found \"" + text
                    + '"');
        }
        return HexFormat.of().parseHex(compact);
    }
}
