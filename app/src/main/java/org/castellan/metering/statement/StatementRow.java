package org.castellan.metering.statement;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.castellan.metering.Consumption;

/**
 * One line of the statement: a day (or an hour) of the meter's wall-clock time.
 *
 * @param period       the period's start, the meter's local time
 * @param status       what the line rests on
 * @param periods      how many periods the consumption covers: more than 1 right after missing records, whose
 *                     consumption this line then carries; 0 when there is no consumption on the line
 * @param figures      what the statement shows; only measured consumptions are in it
 * @param consumptions each counter's consumption as {@link Consumption} computed it (resets and implausible jumps
 *                     included, for the note), empty when there is none
 */
public record StatementRow(LocalDateTime period, RowStatus status, int periods, Figures figures,
        Map<Quantity, Consumption> consumptions) {
    public StatementRow {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(figures, "figures");
        consumptions = consumptions.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(consumptions));
    }

    static StatementRow noData(LocalDateTime period) {
        return new StatementRow(period, RowStatus.NO_DATA, 0, Figures.NONE, Map.of());
    }

    /** The counters that went back on this line, in column order. */
    public Set<Quantity> resets() {
        return having(Consumption.Reset.class);
    }

    /** The counters whose jump on this line was beyond the pipe's limit, in column order. */
    public Set<Quantity> implausible() {
        return having(Consumption.Implausible.class);
    }

    /** Whether the record of this period is there (the line may still have no consumption). */
    public boolean hasRecord() {
        return status != RowStatus.NO_DATA;
    }

    private Set<Quantity> having(Class<? extends Consumption> kind) {
        Set<Quantity> out = new TreeSet<>();
        consumptions.forEach((q, c) -> {
            if (kind.isInstance(c)) {
                out.add(q);
            }
        });
        return out;
    }
}
