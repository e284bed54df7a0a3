/**
 * The session with the local GSM modem: {@link org.castellan.gsm.modem.GsmModem} (initialisation, SMS in PDU mode,
 * wake-up calls, one command in flight with per-command timeouts), its {@link org.castellan.gsm.modem.ModemSettings},
 * results ({@link org.castellan.gsm.modem.ModemState}, {@link org.castellan.gsm.modem.CallOutcome}) and the typed
 * failures under {@link org.castellan.gsm.modem.GsmModemException}, each naming the command and the modem's error.
 */
package org.castellan.gsm.modem;
