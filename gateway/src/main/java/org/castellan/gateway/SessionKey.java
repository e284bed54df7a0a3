package org.castellan.gateway;

import java.util.Objects;
import java.util.Optional;
import org.castellan.irz.ident.DeviceId;
import org.castellan.irz.ident.IdKind;
import org.castellan.irz.ident.ModemIdentity;

/**
 * What a session is keyed by: one modem may hold several connections, one per {@code CHN} and poller port
 * (irz-modem.md §1), so the key is the device identifier and the channel.
 *
 * @param id      the device identifier (the IMEI)
 * @param channel the {@code CHN} value, 0 when absent
 */
public record SessionKey(DeviceId id, int channel) {

    /** The most digits a channel number may have in {@link #parse}: {@code CHN} values are small. */
    private static final int MAX_CHANNEL_DIGITS = 5;

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

    /**
     * Reads the form a poller names a modem by on the shared poller port: {@code IMEI} (channel 0) or
     * {@code IMEI:channel}, e.g. {@code 356938035643809:2}.
     *
     * @return the key, or empty when {@code text} is not that form (an IMEI is 14–17 digits, a channel up to five)
     */
    public static Optional<SessionKey> parse(String text) {
        int colon = text.indexOf(':');
        String imei = colon < 0 ? text : text.substring(0, colon);
        if (!IdKind.IMEI.accepts(imei)) {
            return Optional.empty();
        }
        int channel = 0;
        if (colon >= 0) {
            String digits = text.substring(colon + 1);
            if (digits.isEmpty() || digits.length() > MAX_CHANNEL_DIGITS || !digits.chars().allMatch(c -> c >= '0'
                    && c <= '9')) {
                return Optional.empty();
            }
            channel = Integer.parseInt(digits);
        }
        return Optional.of(new SessionKey(DeviceId.imei(imei), channel));
    }

    /** @return {@code IMEI} for channel 0, else {@code IMEI:channel}, the form {@link #parse} reads */
    @Override
    public String toString() {
        return channel == 0 ? id.value() : id.value() + ":" + channel;
    }
}
