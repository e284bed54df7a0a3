package org.castellan.irz.emulator;

/**
 * The meter → modem direction of the serial line: bytes written here reach the server as the modem sends meter data
 * (raw, or in type 0x01 frames). Thread-safe; writes after the connection closed are dropped.
 */
@FunctionalInterface
public interface MeterLine {

    /** Sends the meter's bytes to the server, as one piece. */
    void send(byte[] bytes);
}
