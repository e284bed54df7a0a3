package org.castellan.irz.ident;

import java.util.List;
import java.util.Objects;
import org.castellan.irz.raw.BytePattern;

/** How the bytes after identification are framed: the decoder the gateway puts on the connection next. */
public sealed interface Framing {

    /**
     * COLPROT frames (irz-modem.md §3): use a {@code ColprotDecoder}.
     *
     * @param version the version the modem announced, e.g. "1.3"
     */
    record Colprot(String version) implements Framing {
        /** Validates the version text. */
        public Colprot {
            Objects.requireNonNull(version, "version");
        }
    }

    /**
     * Raw transparent mode (§4): the stream is the meter's bytes, minus the patterns listed here (keep-alive, custom
     * heartbeat, registration prefix): use a {@code RawStreamFilter} with them.
     *
     * @param strip the patterns to cut out of the modem → poller stream, in order
     */
    record Raw(List<BytePattern> strip) implements Framing {
        /** Copies the list. */
        public Raw {
            strip = List.copyOf(strip);
        }
    }
}
