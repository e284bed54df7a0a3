package org.castellan.irz;

import java.util.Objects;

/**
 * Bytes from a modem that do not decode: names the field, what the protocol expects there and what arrived.
 *
 * <p>Checked on purpose: a modem's bad bytes are an expected event at the edge and must be handled (counted,
 * reported) by the caller, never allowed to end a session loop by accident.
 */
public final class IrzDecodingException extends Exception {

    private final String field;
    private final String expected;
    private final String found;

    /**
     * @param field    the field that failed, e.g. {@code "GPIO pin 2"}
     * @param expected what the protocol allows there, e.g. {@code "0x80 bit set"}
     * @param found    what arrived, printable (hex for binary values)
     */
    public IrzDecodingException(String field, String expected, String found) {
        super(field + ": expected " + expected + ", found " + found);
        this.field = Objects.requireNonNull(field, "field");
        this.expected = Objects.requireNonNull(expected, "expected");
        this.found = Objects.requireNonNull(found, "found");
    }

    /** @return the field that failed */
    public String field() {
        return field;
    }

    /** @return what the protocol allows in the field */
    public String expected() {
        return expected;
    }

    /** @return what arrived */
    public String found() {
        return found;
    }
}
