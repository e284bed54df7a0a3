package org.castellan.gateway;

import java.util.Locale;

/**
 * Why the shared poller port closed a poller before it reached a modem. The poller gets the line
 * {@code ERROR <reason>\r\n} ({@link #line()}) and the connection is closed; each reason is counted
 * ({@link GatewayCounters#sharedPortRejected}).
 */
public enum SharedPortReject {
    /** The name resolved to no modem, or to one that has no session (neither known nor seen). */
    UNKNOWN_MODEM("unknown modem"),
    /** No {@code \n} after 64 bytes of name ({@code \r} included). */
    TOO_LONG("line too long"),
    /** No complete line within {@link GatewaySettings#nameLineTimeout()}. */
    TIMEOUT("timeout");

    private final String text;

    SharedPortReject(String text) {
        this.text = text;
    }

    /** @return the reason as the poller reads it, e.g. {@code "unknown modem"} */
    public String text() {
        return text;
    }

    /** @return the line written to the poller, e.g. {@code "ERROR unknown modem\r\n"} */
    public String line() {
        return "ERROR " + text + "\r\n";
    }

    /** @return a lower-case name for metrics, e.g. {@code "unknown_modem"} */
    public String metricName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
