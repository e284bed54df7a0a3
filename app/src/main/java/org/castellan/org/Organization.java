package org.castellan.org;

import java.time.Instant;

/** A tenant: a facility or utility management company, or a contractor's customer. */
public record Organization(long id, String name, String code, String timeZone, Instant createdAt, Instant updatedAt) {
}
