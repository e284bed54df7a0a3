package org.castellan.gateway;

/** When per-modem poller ports are opened (as in the iRZ Collector: "open ports at start" or on first connect). */
public enum PollerPortMode {
    /**
     * At start, for every modem the directory knows ({@link ModemDirectory#known()}), before it connects; its session
     * exists offline meanwhile. Modems that are not known get their port on first connect.
     */
    ON_START,
    /** When the modem first identifies (the default). */
    ON_FIRST_CONNECT,
    /**
     * Never: pollers reach modems only through the shared poller port. One file descriptor per modem instead of two,
     * so a fleet of 18,000 fits in 20,000 descriptors (issue 4, benchmark).
     */
    OFF
}
