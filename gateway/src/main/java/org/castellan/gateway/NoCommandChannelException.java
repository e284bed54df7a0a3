package org.castellan.gateway;

/**
 * The modem speaks raw (transparent) mode: its connection carries only the meter's bytes, so there is no 0x0C
 * channel for status commands or output switching (irz-modem.md §1, §5). Such a modem's health is known only from
 * its identification line and its traffic.
 */
public final class NoCommandChannelException extends Exception {

    public NoCommandChannelException(SessionKey key) {
        super("modem " + key.id().value() + " is in raw mode: it takes no 0x0C commands");
    }
}
