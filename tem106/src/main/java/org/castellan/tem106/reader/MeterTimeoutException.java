package org.castellan.tem106.reader;

/** The meter did not answer within the response timeout, on every attempt. */
public final class MeterTimeoutException extends Tem106Exception {
    public MeterTimeoutException(String message) {
        super(message, null);
    }
}
