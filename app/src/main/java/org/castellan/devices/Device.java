package org.castellan.devices;

import java.time.Instant;
import java.util.Map;

/**
 * A registered device.
 *
 * @param identifier the device's own identity: serial number, IMEI, bus address
 * @param connection kind-specific settings (host, port, serial line, poll period…) as text values
 * @param stateSince when {@code state} last changed
 */
public record Device(long id, long orgId, Long siteId, Long zoneId, DeviceKind kind, String name, String identifier,
                     Map<String, String> connection, DeviceState state, Instant stateSince, Instant lastSeenAt,
                     Instant createdAt, Instant updatedAt) {
    public Device {
        connection = Map.copyOf(connection);
    }
}
