package org.castellan.metering;

/** A read failed: the line, the meter's silence or an answer that makes no sense; the message says which. */
public class MeterReadException extends RuntimeException {
    public MeterReadException(String message, Throwable cause) {
        super(message, cause);
    }

    public MeterReadException(String message) {
        super(message);
    }
}
