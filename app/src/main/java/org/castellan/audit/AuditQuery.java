package org.castellan.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit page's filter as a person enters it: {@code from} and {@code to} are wall-clock times
 * ({@code datetime-local} inputs) in the viewer's own time zone, turned into instants by {@link #toFilter}.
 */
public record AuditQuery(
        Long orgId,
        @Size(max = 100) String actor,
        String entityType,
        @Size(max = 100) String entityId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
        @Min(1) @Max(AuditFilter.MAX_LIMIT) Integer limit) {

    public static final int DEFAULT_LIMIT = 200;

    public AuditQuery {
        limit = limit == null ? DEFAULT_LIMIT : limit;
    }

    public boolean rangeReversed() {
        return from != null && to != null && !from.isBefore(to);
    }

    public AuditFilter toFilter(ZoneId zone) {
        return new AuditFilter(orgId, actor, entityType, entityId, from == null ? null : from.atZone(zone).toInstant(),
                to == null ? null : to.atZone(zone).toInstant(), limit);
    }
}
