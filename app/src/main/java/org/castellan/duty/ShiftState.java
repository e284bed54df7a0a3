package org.castellan.duty;

/** Where a duty shift stands. */
public enum ShiftState {
    /** The dispatcher is on duty; at most one open shift per organization. */
    OPEN,
    /** Ended by an accepted handover: the next shift took over. */
    HANDED_OVER,
    /** Ended without a successor (the duty stopped, or an administrator closed a forgotten shift). */
    CLOSED
}
