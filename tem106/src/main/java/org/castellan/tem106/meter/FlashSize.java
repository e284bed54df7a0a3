package org.castellan.tem106.meter;

import java.util.Optional;

/**
 * The installed Flash, from {@code FLASH_TYPE} at {@code 0168} (erratum 8), with the record counts of its archive
 * rings (seed TEM-106 §5.2; erratum 4: regions derive from the counts, not from the printed 512 KB monthly end).
 */
public enum FlashSize {
    KB_512(0x1F24, 512 * 1024, 864, 368, 128),
    MB_1(0x1F25, 1024 * 1024, 1728, 736, 256);

    private final int flashType;
    private final int bytes;
    private final int hourly;
    private final int daily;
    private final int monthly;

    FlashSize(int flashType, int bytes, int hourly, int daily, int monthly) {
        this.flashType = flashType;
        this.bytes = bytes;
        this.hourly = hourly;
        this.daily = daily;
        this.monthly = monthly;
    }

    /** The {@code FLASH_TYPE} value that names this size. */
    public int flashType() {
        return flashType;
    }

    public int bytes() {
        return bytes;
    }

    public int hourlyRecords() {
        return hourly;
    }

    public int dailyRecords() {
        return daily;
    }

    public int monthlyRecords() {
        return monthly;
    }

    /** The size that {@code FLASH_TYPE} names; empty for any other value (then archives cannot be read). */
    public static Optional<FlashSize> ofFlashType(int flashType) {
        for (FlashSize size : values()) {
            if (size.flashType == flashType) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
