package org.castellan.gsm.emulator;

/** The emulated modem's SIM card. */
public enum SimState {
    /** Inserted, no PIN needed: {@code +CPIN: READY}. */
    READY,
    /** Not inserted: {@code +CME ERROR: 10}. */
    ABSENT,
    /** Inserted, waiting for its PIN: {@code +CPIN: SIM PIN}. */
    PIN_REQUIRED
}
