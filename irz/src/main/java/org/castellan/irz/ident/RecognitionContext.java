package org.castellan.irz.ident;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * What a recogniser may know about the connection besides its bytes.
 *
 * @param remote the modem's address, when the transport knows it
 */
public record RecognitionContext(Optional<InetSocketAddress> remote) {

    /** Copies nothing; validates non-null. */
    public RecognitionContext {
        java.util.Objects.requireNonNull(remote, "remote");
    }
}
