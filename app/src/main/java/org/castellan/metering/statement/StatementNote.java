package org.castellan.metering.statement;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * Something the statement's reader must be told below the table: a line whose figures are not (all) counted.
 *
 * @param period     the line's period
 * @param kind       what happened
 * @param quantities the counters concerned (empty for {@link Kind#NO_PREVIOUS} and {@link Kind#END_MISSING})
 */
public record StatementNote(LocalDateTime period, Kind kind, Set<Quantity> quantities) {
    public StatementNote {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
        quantities = Set.copyOf(quantities);
    }

    /** What a note is about. */
    public enum Kind {
        /** The record before the first period is missing: the first period with a record has no consumption. */
        NO_PREVIOUS,
        /** Counters went back: reset or replaced meter; excluded from the totals. */
        RESET,
        /** Counters jumped beyond the pipe's limit; excluded from the totals. */
        IMPLAUSIBLE,
        /** The last period has no record: the end readings are of {@code period}. */
        END_MISSING
    }
}
