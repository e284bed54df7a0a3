package org.castellan.tem106.emulator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.castellan.tem106.meter.FlashSize;
import org.castellan.tem106.meter.SystemType;

/**
 * What kind of meter to emulate.
 *
 * @param address       network address ({@code net_num}), 1..255
 * @param serialNumber  factory number
 * @param flashSize     512 KB or 1 MB
 * @param systems       1..6 system types
 * @param reportingDay  day of month (1..28) on which the monthly record is written
 * @param start         the meter's local time when the emulator starts
 * @param history       how long the meter has already been running at {@code start} (its archive is filled by
 *                      simulating that time before the first request)
 * @param speed         simulated seconds per real second: 1 in real time, 3600 for one hour per second
 * @param seed          seed of the simulation's randomness: equal profiles and clocks give equal meters
 */
public record MeterProfile(int address, long serialNumber, FlashSize flashSize, List<SystemType> systems,
        int reportingDay, LocalDateTime start, Duration history, long speed, long seed) {

    public MeterProfile {
        if (address < 1 || address > 255) {
            throw new IllegalArgumentException("address must be 1..255, was " + address);
        }
        if (systems.isEmpty() || systems.size() > 6) {
            throw new IllegalArgumentException("a TEM-106 has 1..6 systems, not " + systems.size());
        }
        if (reportingDay < 1 || reportingDay > 28) {
            throw new IllegalArgumentException("reporting day must be 1..28, was " + reportingDay);
        }
        if (speed < 1 || history.isNegative()) {
            throw new IllegalArgumentException("speed must be at least 1 and history not negative");
        }
        systems = List.copyOf(systems);
    }

    /** Address 1, serial 106001, 512 KB, a supply and a hot-water system, two days of history, real time. */
    public static MeterProfile defaults() {
        return new MeterProfile(1, 106_001, FlashSize.KB_512,
                List.of(SystemType.SUPPLY_WITH_FLOW_METER, SystemType.HOT_WATER_CIRCULATING), 1,
                LocalDateTime.of(2016, 3, 2, 14, 15, 33), Duration.ofDays(2), 1, 106);
    }

    public MeterProfile withAddress(int value) {
        return new MeterProfile(value, serialNumber, flashSize, systems, reportingDay, start, history, speed, seed);
    }

    public MeterProfile withFlashSize(FlashSize value) {
        return new MeterProfile(address, serialNumber, value, systems, reportingDay, start, history, speed, seed);
    }

    public MeterProfile withSystems(List<SystemType> value) {
        return new MeterProfile(address, serialNumber, flashSize, value, reportingDay, start, history, speed, seed);
    }

    public MeterProfile withHistory(Duration value) {
        return new MeterProfile(address, serialNumber, flashSize, systems, reportingDay, start, value, speed, seed);
    }

    public MeterProfile withSpeed(long value) {
        return new MeterProfile(address, serialNumber, flashSize, systems, reportingDay, start, history, value, seed);
    }

    public MeterProfile withStart(LocalDateTime value) {
        return new MeterProfile(address, serialNumber, flashSize, systems, reportingDay, value, history, speed, seed);
    }

    public MeterProfile withSerialNumber(long value) {
        return new MeterProfile(address, value, flashSize, systems, reportingDay, start, history, speed, seed);
    }
}
