package org.castellan.tem106.reader;

import org.castellan.tem106.codec.DecodingException;

/**
 * What the meter sent could not be decoded: a frame that stayed bad on every attempt, or memory contents that make
 * no sense. {@link #getCause()} names the field, the expected and the found value.
 */
public final class MeterDecodingException extends Tem106Exception {
    public MeterDecodingException(String message, DecodingException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    @Override
    public synchronized DecodingException getCause() {
        return (DecodingException) super.getCause();
    }
}
