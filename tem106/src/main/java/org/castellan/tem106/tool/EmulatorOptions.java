package org.castellan.tem106.tool;

import java.util.List;
import org.castellan.tem106.meter.FlashSize;
import org.castellan.tem106.meter.SystemType;

/**
 * What {@code castellan tem106 emulate} starts.
 *
 * @param port       TCP port on all interfaces (0: pick a free one)
 * @param fast       one simulated hour per real second, instead of real time
 * @param pty        also serve on a pseudo-terminal
 * @param address    network address, 1..255
 * @param serial     factory number
 * @param flashSize  512 KB or 1 MB
 * @param systems    1..6 system types
 */
public record EmulatorOptions(int port, boolean fast, boolean pty, int address, long serial, FlashSize flashSize,
        List<SystemType> systems) {
    /** Port 4106 on all interfaces, real time, no pty, the default meter. */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(4106, false, false, 1, 106_001, FlashSize.KB_512,
                List.of(SystemType.SUPPLY_WITH_FLOW_METER, SystemType.HOT_WATER_CIRCULATING));
    }

    public EmulatorOptions withPort(int value) {
        return new EmulatorOptions(value, fast, pty, address, serial, flashSize, systems);
    }

    public EmulatorOptions withFast(boolean value) {
        return new EmulatorOptions(port, value, pty, address, serial, flashSize, systems);
    }

    public EmulatorOptions withPty(boolean value) {
        return new EmulatorOptions(port, fast, value, address, serial, flashSize, systems);
    }
}
