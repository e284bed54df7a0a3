package org.castellan.duty;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing still open at handover time, as a {@link SituationSource} reports it.
 *
 * @param kind     what it is: {@code alarm}, {@code repair_order}
 * @param id       its id in the owning package
 * @param title    what the dispatcher reads (already in the words of the source)
 * @param severity the source's severity name ({@code CRITICAL}…), null when it has none
 * @param since    since when it is open, null when unknown
 */
public record SituationItem(String kind, long id, String title, String severity, Instant since) {
    public SituationItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }
}
