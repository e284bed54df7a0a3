package org.castellan.gsm.modem;

import java.io.IOException;

/** The port under the modem failed (cable pulled, USB adapter gone, TCP connection closed): reopen it. */
public final class PortFailureException extends GsmModemException {

    public PortFailureException(String command, IOException cause) {
        super(command, "port failed: " + cause.getMessage(), cause);
    }
}
