package org.castellan.tem106.reader;

/**
 * What a meter said to identify (seed TEM-106 §3.1).
 *
 * @param address the address the meter answered with (its own, also when asked at address 0)
 * @param model   the model string as sent, e.g. {@code TEMC106}
 */
public record Identity(int address, String model) {
}
