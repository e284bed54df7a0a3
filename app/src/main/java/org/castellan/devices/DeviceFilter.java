package org.castellan.devices;

/** What the device list filters by; every part optional. {@code text} matches name or identifier. */
public record DeviceFilter(Long orgId, Long siteId, DeviceKind kind, DeviceState state, String text) {
    public static DeviceFilter all() {
        return new DeviceFilter(null, null, null, null, null);
    }

    public static DeviceFilter ofKind(DeviceKind kind) {
        return new DeviceFilter(null, null, kind, null, null);
    }
}
