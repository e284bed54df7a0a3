package org.castellan.gsm.modem;

import org.castellan.gsm.GsmDecodingException;

/**
 * The modem answered, but not as the standard says: {@code OK} where the CMGS prompt belongs, no {@code +CMGS:}
 * before {@code OK}, or a malformed line where a known response was expected (the decoding error is the cause).
 */
public final class ModemProtocolException extends GsmModemException {

    public ModemProtocolException(String command, String problem) {
        super(command, problem, null);
    }

    public ModemProtocolException(String command, String problem, GsmDecodingException cause) {
        super(command, problem + " (" + cause.getMessage() + ")", cause);
    }
}
