package org.castellan.irz.emulator;

/** Whether the emulated modem waits for the server greeting after its identification line (irz-modem.md §2). */
public enum GreetingMode {
    /** Wait for it and close the connection if it does not come in time, as modem emulators do. */
    WAIT,
    /** Go straight to data mode, as a real ATM21 in raw mode did. */
    IGNORE
}
