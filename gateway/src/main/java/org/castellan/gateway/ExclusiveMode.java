package org.castellan.gateway;

/** What happens to a poller that connects while another holds an {@link SharingPolicy#EXCLUSIVE exclusive} modem. */
public enum ExclusiveMode {
    /**
     * Its connection stays open; its requests are held (at most {@link GatewaySettings#pollerBacklog()} bytes per
     * modem, the rest dropped and counted) and go out, in order, when it gets the modem.
     */
    WAIT,
    /** Its connection is closed at once and counted ({@link GatewayCounters#refusedPollers()}). */
    REFUSE
}
