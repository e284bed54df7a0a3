package org.castellan.org;

import java.time.Instant;

/** A place of an organization: a building, a boiler house, a campus. {@code timeZone} null means the organization's. */
public record Site(long id, long orgId, String name, String address, String timeZone, Instant createdAt,
                   Instant updatedAt) {
}
