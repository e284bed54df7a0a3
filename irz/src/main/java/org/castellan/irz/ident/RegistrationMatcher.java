package org.castellan.irz.ident;

/**
 * Finds a generic DTU registration packet (irz-modem.md §6: up to 40 bytes of IMEI, ICCID, MAC or custom text/hex)
 * at the start of a stream. Immutable and thread-safe.
 */
public sealed interface RegistrationMatcher permits RegexRegistration, HexTemplate {

    /** The longest registration packet. */
    int MAX_LENGTH = 40;

    /**
     * @param buf the stream from its start; read {@code buf[0..len)} only
     * @return {@link Found}, or {@link Pending#NEED_MORE} / {@link Pending#NOT_MINE}
     */
    Outcome match(byte[] buf, int len);

    /** The result of {@link #match}. */
    sealed interface Outcome permits Found, Pending {
    }

    /**
     * The packet is complete.
     *
     * @param length the packet's length in bytes
     * @param id     the identifier it carries, as text
     */
    record Found(int length, String id) implements Outcome {
    }

    /** Not found yet, or never. */
    enum Pending implements Outcome {
        /** More bytes could complete the packet. */
        NEED_MORE,
        /** These bytes are not the packet. */
        NOT_MINE
    }
}
