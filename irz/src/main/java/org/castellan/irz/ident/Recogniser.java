package org.castellan.irz.ident;

/**
 * Recognises one identification convention at the start of a connection's stream.
 *
 * <p>Implementations are immutable configuration, shared by all connections of a port and called from many threads
 * at once: {@link #examine} is a pure function of its arguments. It is called again with the same bytes plus more
 * after each chunk, so it must not assume it sees a prefix only once. It must not throw for any bytes: a wrong
 * identification is a {@link IdentificationResult.Rejected}.
 */
public interface Recogniser {

    /**
     * @param buf     the stream from its first byte; read only {@code buf[0..len)} and never write to it
     * @param len     how many bytes arrived so far (0 at connect)
     * @param context what else is known about the connection
     * @return the verdict on these bytes
     */
    Recognition examine(byte[] buf, int len, RecognitionContext context);
}
