package org.castellan.metering;

/**
 * What a meter says about itself.
 *
 * @param model        e.g. {@code TEMC106}
 * @param serialNumber its factory number
 */
public record MeterIdentity(String model, String serialNumber) {
}
