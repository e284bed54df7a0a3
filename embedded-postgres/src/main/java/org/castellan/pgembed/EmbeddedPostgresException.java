package org.castellan.pgembed;

import java.io.Serial;

/**
 * Thrown when an embedded PostgreSQL server cannot be prepared or started.
 *
 * <p>Messages say what was being attempted and, when a PostgreSQL tool or the server itself failed, its exit code
 * and the tail of its output or of the server log, so that the message alone is usually enough to diagnose the
 * problem (a bad server parameter, a port in use, a directory the unprivileged user cannot reach, ...).
 */
public class EmbeddedPostgresException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a self-contained message.
     *
     * @param message what was attempted and why it failed
     */
    public EmbeddedPostgresException(String message) {
        super(message);
    }

    /**
     * Creates an exception caused by a lower-level failure (usually an {@link java.io.IOException}).
     *
     * @param message what was attempted and why it failed
     * @param cause   the underlying failure
     */
    public EmbeddedPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}
