package org.castellan.gsm.emulator;

/** When the emulated modem answers a voice dial command ({@code ATD<number>;}); real modems differ. */
public enum DialMode {
    /** {@code OK} at once, the call goes on in the background (most modems; MC52i with {@code AT^SM20=0}). */
    OK_AT_ONCE,
    /**
     * No result while the call is set up or rings (MC52i with its default {@code AT^SM20=1}); a character from the
     * computer aborts the dialling with {@code NO CARRIER} and the rest of that command line is lost (V.250 §6.3.1).
     */
    RESULT_WHEN_DONE
}
