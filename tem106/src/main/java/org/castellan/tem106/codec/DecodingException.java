package org.castellan.tem106.codec;

/**
 * Bytes from a meter (a frame, a memory image, an archive record) that do not say what the protocol allows.
 *
 * <p>Names the field, what was expected and what was found, so that one log line tells what the meter sent. Thrown
 * by every decoder in this library and by nothing else; a decoder never throws an unchecked exception on bad input.
 */
public final class DecodingException extends Exception {
    private final String field;
    private final String expected;
    private final String found;

    public DecodingException(String field, String expected, String found) {
        super(field + ": expected " + expected + ", found " + found);
        this.field = field;
        this.expected = expected;
        this.found = found;
    }

    /** The field, as the seed names it ({@code CS}, {@code LEN}, {@code rtc_hh_2k}, {@code system_t[2]}…). */
    public String field() {
        return field;
    }

    public String expected() {
        return expected;
    }

    public String found() {
        return found;
    }

    /** {@code 0x0F}: how byte values are printed in messages. */
    public static String hex(int value) {
        return String.format("0x%02X", value);
    }
}
