package org.castellan.gateway;

/** A {@link ModemChannel} cannot do what was asked; see the subclasses. */
public abstract sealed class ModemChannelException extends Exception
        permits ModemOfflineException, ChannelClosedException, ModemBusyException {

    ModemChannelException(String message) {
        super(message);
    }
}
