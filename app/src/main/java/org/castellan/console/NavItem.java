package org.castellan.console;

import java.util.Set;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;

/**
 * One entry of the console's main navigation: {@code key} names its label in the message bundles; {@code roles}
 * are those who see it (empty: everyone). Hiding an entry is only tidiness: the pages check on their own.
 */
public record NavItem(String key, String path, Set<Role> roles) {
    public NavItem {
        roles = Set.copyOf(roles);
    }

    public NavItem(String key, String path) {
        this(key, path, Set.of());
    }

    /** Whether {@code viewer} sees the entry. */
    public boolean visibleTo(CurrentUser viewer) {
        return roles.isEmpty() || viewer != null && roles.stream().anyMatch(viewer::has);
    }
}
