package org.castellan.modems;

import java.time.Instant;
import java.util.Map;

/**
 * A modem as the registry knows it: its device (name, organization, site) when registered, what the gateway learned
 * from it, and its poller port.
 *
 * @param deviceId  the device row, null while pending (seen by the gateway, not registered)
 * @param identity  every key/value of the last identification line ({@code IMEI}, {@code SIM}, {@code CSQ}, …)
 * @param gpio      pin states as reported, e.g. {@code "80 82 C0"} (irz-modem.md §5)
 * @param refused   the last connection was refused by the allow-list
 */
public record Modem(long id, String imei, int channel, Long deviceId, Long orgId, Long siteId, String name,
                    String phone, String model, String firmware, Map<String, String> identity, Integer simSlot,
                    String iccid, Integer csq, Integer dbm, Integer temperature, String gpio, Integer pollerPort,
                    Sharing sharing, boolean online, String remote, String node, boolean refused, Instant firstSeenAt,
                    Instant connectedAt, Instant disconnectedAt, String offlineReason, Instant lastSeenAt,
                    Instant statusAt, String notes) {

    public Modem {
        identity = Map.copyOf(identity);
    }

    /** @return this modem with its device's name and site */
    Modem withDevice(String deviceName, Long deviceSite) {
        return new Modem(id, imei, channel, deviceId, orgId, deviceSite, deviceName, phone, model, firmware, identity,
                simSlot, iccid, csq, dbm, temperature, gpio, pollerPort, sharing, online, remote, node, refused,
                firstSeenAt, connectedAt, disconnectedAt, offlineReason, lastSeenAt, statusAt, notes);
    }

    /** @return whether no organization has registered the modem yet */
    public boolean pending() {
        return deviceId == null;
    }

    /** @return how the modem is named on the shared poller port and in the device registry: IMEI, or IMEI:channel */
    public String key() {
        return key(imei, channel);
    }

    static String key(String imei, int channel) {
        return channel == 0 ? imei : imei + ":" + channel;
    }
}
