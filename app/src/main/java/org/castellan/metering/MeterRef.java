package org.castellan.metering;

/**
 * Who a meter is, for events and alarms: the meter row and its device's place.
 *
 * @param meterId  {@code meter.id}
 * @param deviceId {@code device.id}
 * @param orgId    the device's organization
 * @param siteId   the device's site, or null
 * @param zoneId   the device's zone, or null
 * @param name     the device's name
 */
public record MeterRef(long meterId, long deviceId, long orgId, Long siteId, Long zoneId, String name) {
}
