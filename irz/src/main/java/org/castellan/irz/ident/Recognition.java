package org.castellan.irz.ident;

import java.util.Objects;

/**
 * A {@link Recogniser}'s verdict on the bytes received so far. "The bytes are this recogniser's format but wrong" is
 * an {@link IdentificationResult.Rejected} itself: the chain rejects the connection with it without asking others.
 */
public sealed interface Recognition permits Recognition.Match, Recognition.NeedMore, Recognition.NotMine,
        IdentificationResult.Rejected {

    /** The singleton {@link NeedMore}. */
    Recognition NEED_MORE = new NeedMore();
    /** The singleton {@link NotMine}. */
    Recognition NOT_MINE = new NotMine();

    /**
     * The bytes are this recogniser's format and complete.
     *
     * @param consumed    how many bytes from the start of the stream the identification took
     * @param identity    who connected
     * @param framing     how the rest of the stream is framed
     * @param acceptReply bytes to send the device if it is admitted (greeting, {@code 01}); may be empty
     * @param rejectReply bytes to send before closing if it is not admitted ({@code 00}); may be empty
     */
    record Match(int consumed, ModemIdentity identity, Framing framing, byte[] acceptReply, byte[] rejectReply)
            implements Recognition {
        /** Copies the replies. */
        public Match {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(framing, "framing");
            acceptReply = acceptReply.clone();
            rejectReply = rejectReply.clone();
        }

        @Override
        public byte[] acceptReply() {
            return acceptReply.clone();
        }

        @Override
        public byte[] rejectReply() {
            return rejectReply.clone();
        }
    }

    /** The bytes so far could still become this recogniser's format. */
    record NeedMore() implements Recognition {
    }

    /** The bytes are not this recogniser's format, and more bytes will not change that. */
    record NotMine() implements Recognition {
    }
}
