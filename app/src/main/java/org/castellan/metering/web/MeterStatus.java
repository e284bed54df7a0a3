package org.castellan.metering.web;

import org.castellan.metering.Meter;

/** How a meter's reads go, as the list shows it. */
public enum MeterStatus {
    /** Read successfully at the last attempt, and a plan reads it. */
    OK,
    /** The last attempt failed ({@link Meter#lastError()} says why). */
    FAILING,
    /** Never read successfully, nor failed: registered and waiting for its first read. */
    NEVER_READ,
    /** Read before, but no plan reads it: its archive will fall behind. */
    NO_PLAN;

    /** A failure outweighs the rest: a meter that fails needs a person whether or not a plan reads it. */
    public static MeterStatus of(Meter meter) {
        if (meter.lastError() != null) {
            return FAILING;
        }
        if (meter.lastSuccessAt() == null) {
            return NEVER_READ;
        }
        return meter.planId() == null ? NO_PLAN : OK;
    }
}
