package org.castellan.gateway;

/**
 * The modem is held by another poller under {@link SharingPolicy#EXCLUSIVE} and the gateway refuses others
 * ({@link ExclusiveMode#REFUSE}); try after it lets go.
 */
public final class ModemBusyException extends ModemChannelException {

    public ModemBusyException(SessionKey key) {
        super("modem " + key.id().value() + " channel " + key.channel() + " is held exclusively by another poller");
    }
}
