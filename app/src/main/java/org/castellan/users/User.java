package org.castellan.users;

import java.time.Instant;
import java.util.Set;
import org.castellan.platform.Role;

/** A user as shown and audited (never with the password hash). */
public record User(long id, String username, String displayName, String locale, String timeZone, boolean enabled,
                   boolean allOrgs, Set<Role> roles, Set<Long> orgIds, Instant createdAt, Instant updatedAt) {
    public User {
        roles = Set.copyOf(roles);
        orgIds = Set.copyOf(orgIds);
    }
}
