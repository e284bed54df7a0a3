package org.castellan.platform;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;

/**
 * The person (or the platform itself) on whose behalf a service method runs, loaded fresh for every request so
 * that a role or organization taken away takes effect at once. Every service method that touches tenant data
 * takes one and checks it: scope failures are reported as {@link NotFoundException} so that another tenant's ids
 * cannot be probed; missing roles as {@link ForbiddenException}.
 *
 * @param allOrgs a platform administrator who sees every organization (and may create organizations)
 */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, boolean allOrgs,
                          Set<Long> orgIds, String locale, ZoneId timeZone, Channel channel) {

    public CurrentUser {
        roles = Set.copyOf(roles);
        orgIds = Set.copyOf(orgIds);
    }

    /** The platform acting on its own (start-up tasks, the demo seeder): every organization, every role. */
    public static CurrentUser system() {
        return new CurrentUser(0, "system", "Castellan", Set.of(Role.values()), true, Set.of(), "en",
                ZoneId.of("UTC"), Channel.SYSTEM);
    }

    public boolean isSystem() {
        return channel == Channel.SYSTEM;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }

    public boolean canSee(long orgId) {
        return allOrgs || orgIds.contains(orgId);
    }

    /** @throws ForbiddenException unless the user holds at least one of the roles */
    public void requireAny(Role... any) {
        if (!hasAny(any)) {
            throw new ForbiddenException("requires role " + Arrays.toString(any));
        }
    }

    /** @throws NotFoundException when the organization is outside this user's scope (as if it did not exist) */
    public void requireOrg(long orgId, String entity, Object id) {
        if (!canSee(orgId)) {
            throw new NotFoundException(entity, id);
        }
    }

    /** Administration of organizations themselves (create, delete) belongs to platform administrators. */
    public void requirePlatformAdmin() {
        if (!(allOrgs && has(Role.ADMIN))) {
            throw new ForbiddenException("requires a platform administrator");
        }
    }

    public CurrentUser withChannel(Channel newChannel) {
        return new CurrentUser(id, username, displayName, roles, allOrgs, orgIds, locale, timeZone, newChannel);
    }
}
