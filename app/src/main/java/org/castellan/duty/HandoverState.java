package org.castellan.duty;

/** Where a shift handover stands. */
public enum HandoverState {
    /** The outgoing dispatcher confirmed the situation; waiting for someone to accept it. */
    CONFIRMED,
    /** The incoming dispatcher accepted: the old shift is handed over, theirs is open. */
    ACCEPTED,
    /** The outgoing dispatcher withdrew it (e.g. the situation changed); they may confirm again. */
    CANCELLED
}
