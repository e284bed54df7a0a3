package org.castellan.metering.statement;

/** What a line of the statement rests on. */
public enum RowStatus {
    /** Both readings were there and every counter grew plausibly (possibly over several periods). */
    MEASURED,
    /** The meter's record for the period is missing: nothing is known about it. */
    NO_DATA,
    /** The record is there but the one before it is not (the first period of the statement): no consumption. */
    NO_PREVIOUS,
    /** A counter went back (the meter was reset or replaced): that counter's consumption is not counted. */
    RESET,
    /** A counter jumped beyond what the pipe can carry: that counter's consumption is not counted. */
    IMPLAUSIBLE
}
