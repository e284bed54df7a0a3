package org.castellan.security;

import java.time.Instant;

/** A bearer token as listed (never its secret). {@code prefix} is the first characters, to tell tokens apart. */
public record ApiToken(long id, long userId, String name, String prefix, Instant createdAt, Instant expiresAt,
                       Instant lastUsedAt, Instant revokedAt) {
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
