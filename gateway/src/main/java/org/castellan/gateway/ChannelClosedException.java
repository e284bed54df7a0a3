package org.castellan.gateway;

/** The {@link ModemChannel} was closed; obtain a new one. */
public final class ChannelClosedException extends ModemChannelException {

    public ChannelClosedException(SessionKey key) {
        super("channel to modem " + key.id().value() + " channel " + key.channel() + " is closed");
    }
}
