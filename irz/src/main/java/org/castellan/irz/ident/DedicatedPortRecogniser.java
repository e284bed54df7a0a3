package org.castellan.irz.ident;

import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * Fallback of irz-modem.md §6: a listening port dedicated to one device identifies every connection as that device,
 * at once and without reading a byte. Put it first in a chain for devices that send nothing until polled (a
 * recogniser that is still waiting for bytes blocks the ones after it).
 *
 * @param id      the device this port belongs to
 * @param framing how its stream is framed
 */
public record DedicatedPortRecogniser(DeviceId id, Framing framing) implements Recogniser {

    /** Validates non-null parts. */
    public DedicatedPortRecogniser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(framing, "framing");
    }

    @Override
    public Recognition examine(byte[] buf, int len, RecognitionContext context) {
        return new Recognition.Match(0, ModemIdentity.of(id, new LinkedHashMap<>()), framing, new byte[0],
                new byte[0]);
    }
}
