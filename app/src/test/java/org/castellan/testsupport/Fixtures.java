package org.castellan.testsupport;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.org.OrganizationForm;
import org.castellan.org.Site;
import org.castellan.org.SiteForm;
import org.castellan.org.Zone;
import org.castellan.org.ZoneForm;
import org.castellan.platform.Channel;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.users.User;
import org.castellan.users.UserForm;
import org.castellan.users.UserService;
import org.springframework.boot.test.context.TestComponent;

/** Creates test data through the real services (so it is audited and validated like any other). Names are unique. */
@TestComponent
public class Fixtures {
    public static final String PASSWORD = "test-password-123";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final OrgService orgs;
    private final UserService users;

    Fixtures(OrgService orgs, UserService users) {
        this.orgs = orgs;
        this.users = users;
    }

    public String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    public Organization organization() {
        String name = unique("Org");
        return orgs.createOrganization(CurrentUser.system(), new OrganizationForm(name, name, "Europe/Moscow"));
    }

    public Site site(Organization org) {
        return orgs.createSite(CurrentUser.system(), org.id(), new SiteForm(unique("Site"), "Lenina 1", null));
    }

    public Zone zone(Site site) {
        return orgs.createZone(CurrentUser.system(), site.id(), new ZoneForm(unique("Zone"), null));
    }

    /** A user with password {@link #PASSWORD}, scoped to the given organizations. */
    public User user(Set<Role> roles, Organization... scope) {
        Set<Long> orgIds = Arrays.stream(scope).map(Organization::id).collect(Collectors.toSet());
        return users.create(CurrentUser.system(), new UserForm(unique("user"), "Test User", PASSWORD, roles, orgIds,
                false, "en", "UTC", true));
    }

    /** The same user as a service caller, as the console would see them. */
    public CurrentUser caller(User user) {
        return users.currentUser(user.id(), Channel.CONSOLE).orElseThrow();
    }
}
