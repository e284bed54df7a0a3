package org.castellan.gsm.outbox;

import java.time.Clock;
import org.castellan.gsm.modem.GsmModem;
import org.castellan.gsm.modem.GsmModemException;
import org.castellan.gsm.modem.ModemSettings;
import org.castellan.gsm.port.AtPortUrl;

/**
 * Opens and initialises the modem for the outbox: at the first job, and again after a failure that leaves the modem
 * in doubt (port failure, timeout, not ready). Called on the outbox's worker thread only.
 */
@FunctionalInterface
public interface ModemConnector {

    /** @return an initialised modem */
    GsmModem connect() throws GsmModemException;

    /**
     * @return a connector for the modem at {@code url} ({@code serial:/dev/ttyUSB0?baud=115200}, {@code tcp://h:p})
     * @throws IllegalArgumentException when the URL is malformed, at once rather than at the first job
     */
    static ModemConnector of(String url, ModemSettings settings, Clock clock) {
        AtPortUrl parsed = AtPortUrl.parse(url);
        return () -> GsmModem.open(parsed, settings, clock);
    }
}
