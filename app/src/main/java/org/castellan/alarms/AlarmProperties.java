package org.castellan.alarms;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.castellan.devices.DeviceKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Alarm settings ({@code castellan.alarms.*}).
 *
 * @param offlineAfter        per device kind, how long a device may stay OFFLINE or FAULT before it is an alarm
 *                            ({@code castellan.alarms.offline-after.MODEM=10m})
 * @param offlineAfterDefault for kinds not listed (5 minutes)
 * @param severity            per alarm type, the severity its rule raises it with instead of the built-in one
 *                            ({@code castellan.alarms.severity[door.held]=MINOR})
 */
@ConfigurationProperties("castellan.alarms")
public record AlarmProperties(Map<DeviceKind, Duration> offlineAfter,
                              @DefaultValue("5m") Duration offlineAfterDefault,
                              Map<String, AlarmSeverity> severity) {
    public AlarmProperties {
        offlineAfter = offlineAfter == null || offlineAfter.isEmpty() ? Map.of() : new EnumMap<>(offlineAfter);
        offlineAfterDefault = offlineAfterDefault == null ? Duration.ofMinutes(5) : offlineAfterDefault;
        severity = severity == null ? Map.of() : Map.copyOf(severity);
        requirePositive("castellan.alarms.offline-after-default", offlineAfterDefault);
        offlineAfter.forEach((kind, d) -> requirePositive("castellan.alarms.offline-after." + kind, d));
    }

    /** The defaults: 5 minutes for every kind, built-in severities. */
    public static AlarmProperties defaults() {
        return new AlarmProperties(Map.of(), Duration.ofMinutes(5), Map.of());
    }

    /** How long a device of this kind may be inactive before it is an alarm. */
    public Duration offlineAfter(DeviceKind kind) {
        return offlineAfter.getOrDefault(kind, offlineAfterDefault);
    }

    private static void requirePositive(String name, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, found " + d);
        }
    }
}
