package org.castellan.gateway;

/** The modem has no open connection (or no session at all): nothing can reach its meter now; try after it returns. */
public final class ModemOfflineException extends ModemChannelException {

    public ModemOfflineException(SessionKey key) {
        super("modem " + key.id().value() + " channel " + key.channel() + " is offline");
    }
}
