package org.castellan.gsm;

import java.util.Objects;

/**
 * Bytes or text from a modem (or, for the emulator, from a program driving it) that do not decode: names the field,
 * what the standard expects there and what arrived.
 *
 * <p>Checked on purpose: a device's bad bytes are an expected event at the edge and must be handled by the caller
 * (reported, counted), never allowed to end a session loop by accident. The PDU decoder, the AT response parser and
 * nothing else throw it.
 */
public final class GsmDecodingException extends Exception {

    private final String field;
    private final String expected;
    private final String found;

    /**
     * @param field    the field that failed, e.g. {@code "TP-UDL"} or {@code "+CSQ rssi"}
     * @param expected what the standard allows there, e.g. {@code "at most 160 septets"}
     * @param found    what arrived, printable (hex for binary values)
     */
    public GsmDecodingException(String field, String expected, String found) {
        super(field + ": expected " + expected + ", found " + found);
        this.field = Objects.requireNonNull(field, "field");
        this.expected = Objects.requireNonNull(expected, "expected");
        this.found = Objects.requireNonNull(found, "found");
    }

    /** @return the field that failed */
    public String field() {
        return field;
    }

    /** @return what the standard allows in the field */
    public String expected() {
        return expected;
    }

    /** @return what arrived */
    public String found() {
        return found;
    }
}
