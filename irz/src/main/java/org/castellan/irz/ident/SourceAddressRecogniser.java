package org.castellan.irz.ident;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fallback of irz-modem.md §6: identifies a connection by its source address (devices on a private APN with fixed
 * addresses), without reading a byte. Not mine when the address is unknown or not listed.
 *
 * @param ids     the device behind each address
 * @param framing how their streams are framed
 */
public record SourceAddressRecogniser(Map<InetAddress, DeviceId> ids, Framing framing) implements Recogniser {

    /** Copies the map. */
    public SourceAddressRecogniser {
        ids = Map.copyOf(ids);
        Objects.requireNonNull(framing, "framing");
    }

    @Override
    public Recognition examine(byte[] buf, int len, RecognitionContext context) {
        return context.remote()
                .map(remote -> ids.get(remote.getAddress()))
                .<Recognition>map(id -> new Recognition.Match(0, ModemIdentity.of(id, new LinkedHashMap<>()), framing,
                        new byte[0], new byte[0]))
                .orElse(Recognition.NOT_MINE);
    }
}
