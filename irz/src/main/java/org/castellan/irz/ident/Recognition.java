package org.castellan.irz.ident;

import java.util.Objects;

/** A {@link Recogniser}'s verdict on the bytes received so far. */
public sealed interface Recognition {

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

    /**
     * The bytes are this recogniser's format but wrong: the chain rejects the connection without asking others.
     *
     * @param reason what was wrong
     * @param detail field, expected and found
     * @param reply  bytes to send before closing (a length-prefixed IMEI gets {@code 00}); may be empty
     */
    record Invalid(RejectReason reason, String detail, byte[] reply) implements Recognition {
        /** Copies the reply. */
        public Invalid {
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
