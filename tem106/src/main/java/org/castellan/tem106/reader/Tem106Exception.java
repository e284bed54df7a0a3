package org.castellan.tem106.reader;

/**
 * Why a read from a meter failed. Checked and sealed: a caller handles each kind, and nothing else (no unchecked
 * exception) comes out of a read.
 */
public abstract sealed class Tem106Exception extends Exception
        permits MeterTimeoutException, LinkFailureException, MeterDecodingException, MeterRefusedException {
    Tem106Exception(String message, Throwable cause) {
        super(message, cause);
    }
}
