package org.castellan.gsm.outbox;

/** What an outbox job does with the modem. */
public enum JobKind {
    /** Send a text (an operator notification, or a wake-up text for a GPRS modem). */
    SMS,
    /** Call a number for a while and hang up (how most GPRS modems are woken up). */
    CALL
}
