package org.castellan.gsm.modem;

/**
 * The modem answers but cannot send: no SIM, the SIM wants a PIN, or the modem is not registered on a network
 * (found by {@link GsmModem#initialise()}). Sending later may work once the cause is gone.
 */
public final class ModemNotReadyException extends GsmModemException {

    public ModemNotReadyException(String command, String reason) {
        super(command, reason, null);
    }
}
