package org.castellan.audit;

import java.time.Instant;

/**
 * What the audit log page and API filter by; every part is optional.
 *
 * @param actor     part of the actor's user name (case-insensitive)
 * @param entityType exact entity type, e.g. {@code site}
 */
public record AuditFilter(Long orgId, String actor, String entityType, String entityId, Instant from, Instant to,
                          int limit) {
    public static final int MAX_LIMIT = 1000;

    public AuditFilter {
        limit = limit <= 0 ? 200 : Math.min(limit, MAX_LIMIT);
    }
}
