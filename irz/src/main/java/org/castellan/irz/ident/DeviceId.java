package org.castellan.irz.ident;

import java.util.Objects;

/**
 * The identifier a device presented, checked against its kind. Sessions are keyed by (id, channel).
 *
 * @param kind  what the identifier is
 * @param value the identifier as sent (a MAC keeps its separators)
 */
public record DeviceId(IdKind kind, String value) {

    /** @throws IllegalArgumentException if {@code value} is not a well-formed {@code kind} */
    public DeviceId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (!kind.accepts(value)) {
            throw new IllegalArgumentException(kind + ": expected " + kind.syntax() + ", found \"" + value + '"');
        }
    }

    /** @return an IMEI identifier */
    public static DeviceId imei(String imei) {
        return new DeviceId(IdKind.IMEI, imei);
    }

    @Override
    public String toString() {
        return kind + ":" + value;
    }
}
