package org.castellan.irz.emulator;

/**
 * What sits on the emulated modem's serial side (RS-485/RS-232): a meter emulator, a test double, an echo.
 *
 * <p>Called on the connection's reader thread, once per chunk of poller bytes as they arrive (the modem does not know
 * frame boundaries on the serial side either). Must not block for long; answer now or later through the line, from any
 * thread, in any pieces.
 */
@FunctionalInterface
public interface SerialDevice {

    /**
     * @param data bytes the poller sent through the server to the meter; owned by the callee
     * @param line where the meter's answer goes, back through the modem to the server
     */
    void onBytes(byte[] data, MeterLine line);

    /** @return a device that never answers */
    static SerialDevice silent() {
        return (data, line) -> { };
    }
}
