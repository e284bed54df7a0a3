package org.castellan.gateway;

import java.util.Objects;
import org.castellan.irz.ident.DeviceId;
import org.castellan.irz.ident.ModemIdentity;

/**
 * What a session is keyed by: one modem may hold several connections, one per {@code CHN} and poller port
 * (irz-modem.md §1), so the key is the device identifier and the channel.
 *
 * @param id      the device identifier (the IMEI)
 * @param channel the {@code CHN} value, 0 when absent
 */
public record SessionKey(DeviceId id, int channel) {

    /** @throws IllegalArgumentException if the channel is negative */
    public SessionKey {
        Objects.requireNonNull(id, "id");
        if (channel < 0) {
            throw new IllegalArgumentException("channel: expected 0 or more, found " + channel);
        }
    }

    /** @return the key of the connection that sent this identity */
    public static SessionKey of(ModemIdentity identity) {
        return new SessionKey(identity.id(), identity.channel());
    }
}
