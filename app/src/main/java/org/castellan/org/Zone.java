package org.castellan.org;

import java.time.Instant;

/** A part of a site: an entrance, a floor, a heat substation, a control room. */
public record Zone(long id, long orgId, long siteId, String name, String description, Instant createdAt,
                   Instant updatedAt) {
}
