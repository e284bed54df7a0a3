package org.castellan.irz.ident;

import java.time.Instant;
import java.util.Objects;

/** Where an {@link IdentificationAttempt} stands after the bytes fed so far. */
public sealed interface IdentificationResult {

    /**
     * Identified: the gateway writes {@link #reply()} (if any), switches the connection to {@link #framing()} and feeds
     * {@link #leftover()} to that decoder first.
     *
     * @param identity who connected
     * @param framing  how the rest of the stream is framed
     * @param leftover bytes that arrived after the identification (already part of the data stream)
     * @param reply    bytes to send the device now (greeting, {@code 01}); may be empty
     */
    record Identified(ModemIdentity identity, Framing framing, byte[] leftover, byte[] reply)
            implements IdentificationResult {
        /** Copies the arrays. */
        public Identified {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(framing, "framing");
            leftover = leftover.clone();
            reply = reply.clone();
        }

        @Override
        public byte[] leftover() {
            return leftover.clone();
        }

        @Override
        public byte[] reply() {
            return reply.clone();
        }
    }

    /**
     * Not decided yet: feed more bytes, and call {@link IdentificationAttempt#checkDeadline()} at {@code deadline}.
     *
     * @param deadline when the attempt will be rejected with {@link RejectReason#DEADLINE}
     */
    record NeedMore(Instant deadline) implements IdentificationResult {
    }

    /**
     * Rejected: the gateway writes {@link #reply()} (if any), closes the connection and counts {@link #reason()}.
     * Also what a recogniser returns when the bytes are its format but wrong.
     *
     * @param reason why, for metrics
     * @param detail field, expected and found, for the log
     * @param reply  bytes to send before closing; may be empty
     */
    record Rejected(RejectReason reason, String detail, byte[] reply) implements IdentificationResult, Recognition {
        /** Copies the reply. */
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
            reply = reply.clone();
        }

        @Override
        public byte[] reply() {
            return reply.clone();
        }
    }
}
