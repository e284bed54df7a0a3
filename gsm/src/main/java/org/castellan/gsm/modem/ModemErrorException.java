package org.castellan.gsm.modem;

import java.util.Objects;
import org.castellan.gsm.at.AtResponse;

/**
 * The modem answered a command with an error: {@code ERROR}, {@code +CME ERROR: n} or {@code +CMS ERROR: n} (e.g.
 * {@code AT+CMGS=23: +CMS ERROR: 500 (unknown error)}), or a dial command with {@code NO DIALTONE}.
 */
public final class ModemErrorException extends GsmModemException {

    private final AtResponse.Final error;

    public ModemErrorException(String command, AtResponse.Final error) {
        super(command, String.valueOf(error), null);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** @return the modem's final result */
    public AtResponse.Final error() {
        return error;
    }
}
