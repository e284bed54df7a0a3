package org.castellan.irz.ident;

/**
 * Whether the server greets a modem after its {@code AT$IMEI=} line. irz-modem.md §2 leaves this <b>open</b>: modem
 * emulators close the connection without a greeting, while a real ATM21 in raw mode worked without it — and in raw
 * mode a greeting the modem does not expect could reach the meter's serial line. Default {@link #COLPROT_ONLY}.
 */
public enum GreetingPolicy {
    /** Greet every modem. */
    ALWAYS,
    /** Greet modems that announced {@code COLPROT}; stay silent to raw-mode modems. */
    COLPROT_ONLY,
    /** Never greet. */
    NEVER;

    /** @return whether a modem with this framing gets the greeting */
    public boolean greets(boolean colprot) {
        return this == ALWAYS || (this == COLPROT_ONLY && colprot);
    }
}
