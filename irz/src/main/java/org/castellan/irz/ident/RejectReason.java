package org.castellan.irz.ident;

/**
 * Why a connection failed identification. The connection is closed and counted by reason; it never reaches a
 * poller. {@link #metricName()} is stable for metrics tags.
 */
public enum RejectReason {
    /** No recogniser of the port understood the first bytes. */
    UNRECOGNISED,
    /** More bytes than the port's size limit without a complete identification (e.g. no newline in time). */
    TOO_LONG,
    /** The port's time limit passed before identification completed. */
    DEADLINE,
    /** The identifier was not 14–17 digits (or not of the configured kind). */
    BAD_ID,
    /** The identification was recognised but a field in it was malformed. */
    MALFORMED,
    /** A well-formed identity that the admission check (allow-list) refused. */
    NOT_ADMITTED,
    /** The connection ended before identification completed. */
    CLOSED;

    /** @return a lower-case name for metrics, e.g. {@code "too_long"} */
    public String metricName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
