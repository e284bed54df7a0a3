package org.castellan.gateway;

import java.util.Locale;

/**
 * How the pollers of one modem share it (issue 4: "several organizations read one meter, in turn or at once").
 * Chosen per modem by {@link ModemDirectory#policy} when its session is made, changed at runtime with
 * {@link ModemSession#sharing(SharingPolicy)}. A poller is a TCP connection on the modem's poller port or on the shared
 * poller port, or an in-process {@link ModemChannel}; all three take part alike.
 */
public enum SharingPolicy {
    /**
     * One poller holds the modem from its connection until it disconnects; the others wait (their requests held,
     * bounded, and sent when they get the modem) or are refused at once, as {@link GatewaySettings#exclusive()} says.
     * Meter bytes still owed to the holder when it leaves are dropped, never handed to the next one (irz-modem.md §7).
     */
    EXCLUSIVE,
    /**
     * Requests are serialised: one poller's request at a time, each reply to the poller that asked, leftover meter
     * bytes dropped when the turn passes (irz-modem.md §7: one request at a time per RS-485 line; the late reply).
     */
    TURNS,
    /** Every poller's bytes go to the modem as they come; every meter byte goes to every poller. */
    BROADCAST;

    /** @return a lower-case name for metrics and configuration, e.g. {@code "turns"} */
    public String metricName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
