package org.castellan.gsm.modem;

import java.util.Objects;

/**
 * A command to the local modem failed. Every subclass names the command ({@code AT+CMGS=23}, {@code ATD+7916…;}) and
 * what went wrong, so the message alone tells an operator what happened. Checked: the outbox decides per subclass
 * whether to retry, re-initialise or give up.
 */
public abstract sealed class GsmModemException extends Exception
        permits ModemErrorException, ModemTimeoutException, PortFailureException, ModemNotReadyException,
        ModemProtocolException {

    private final String command;

    GsmModemException(String command, String problem, Throwable cause) {
        super(command + ": " + problem, cause);
        this.command = Objects.requireNonNull(command, "command");
    }

    /** @return the command that failed, as sent (without the CR) */
    public String command() {
        return command;
    }
}
