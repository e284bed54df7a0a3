package org.castellan.duty;

import java.time.Instant;

/**
 * A dispatcher's duty shift in one organization. {@code plannedEnd} is the start plus the shift length
 * (24 hours by default, DB33/T 830 §4.4.1.1); a shift still open after it is {@link #overdue overdue}.
 *
 * @param endedAt null while open
 */
public record Shift(long id, long orgId, long dispatcherId, String dispatcherName, Instant startedAt,
                    Instant plannedEnd, Instant endedAt, ShiftState state) {

    public boolean open() {
        return state == ShiftState.OPEN;
    }

    /** @return whether the shift is still open past its planned end at {@code now} */
    public boolean overdue(Instant now) {
        return open() && now.isAfter(plannedEnd);
    }
}
