package org.castellan.tem106.reader;

/**
 * The meter answered, but not in a way this library can work with: its model string is not a TEM meter's, or its
 * {@code FLASH_TYPE} is unknown so its archive layout is (erratum 8).
 */
public final class MeterRefusedException extends Tem106Exception {
    public MeterRefusedException(String message) {
        super(message, null);
    }
}
