package org.castellan.gsm.modem;

import java.time.Duration;

/** The modem did not answer a command in time: it is off, wedged, on another baud rate, or the network is slow. */
public final class ModemTimeoutException extends GsmModemException {

    private final Duration timeout;

    public ModemTimeoutException(String command, String awaited, Duration timeout) {
        super(command, "no " + awaited + " within " + timeout.toMillis() + " ms", null);
        this.timeout = timeout;
    }

    /** @return how long the session waited */
    public Duration timeout() {
        return timeout;
    }
}
