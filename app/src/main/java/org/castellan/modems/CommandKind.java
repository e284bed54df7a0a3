package org.castellan.modems;

/** What a person can ask of a modem (irz-modem.md §5; seed 004 §8 "send commands, call, SMS"). */
public enum CommandKind {
    /** Signal, temperature, GPIO and ICCID in one go, stored on the modem. */
    STATUS,
    SIGNAL,
    GPIO,
    TEMPERATURE,
    ICCID,
    /** Switch an output: argument {@code <pin>=0|1}. */
    OUTPUT,
    /** A text command such as {@code $sim} or {@code $ussd=0*100#}. */
    TEXT,
    /** Wake the modem by SMS (or call) through the local GSM modem so it reconnects. */
    WAKE
}
