package org.castellan.gateway;

/** Why a modem connection ended (and its session went offline). {@link #metricName()} is stable for metrics tags. */
public enum OfflineReason {
    /** Nothing arrived from the modem for the configured silence (irz-modem.md §4: keep-alives every 50–60 s). */
    SILENCE,
    /** The connection failed with a TCP error. */
    ERROR,
    /** The modem (or the network) closed the connection. */
    CLOSED,
    /** The gateway was shut down. */
    SHUTDOWN,
    /**
     * A newer connection of the same (IMEI, channel) took over (irz-modem.md §7: the newest wins). Only in a
     * {@link ConnectionSummary}: the session itself stays online, so {@link SessionListener#offline} never gets it.
     */
    REPLACED;

    /** @return a lower-case name for metrics, e.g. {@code "silence"} */
    public String metricName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
