package org.castellan.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.castellan.platform.KnownTimeZone;
import org.castellan.platform.Role;

/**
 * What an administrator enters to create or change a user. {@code password} is required when creating and
 * optional when changing (blank keeps the current one).
 */
public record UserForm(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{2,64}", message = "{validation.username}") String username,
        @NotBlank @Size(max = 200) String displayName,
        String password,
        @NotEmpty Set<Role> roles,
        Set<Long> orgIds,
        boolean allOrgs,
        @NotBlank @Pattern(regexp = "en|ru|zh", message = "{validation.locale}") String locale,
        @NotBlank @KnownTimeZone String timeZone,
        boolean enabled) {

    public UserForm {
        roles = roles == null ? Set.of() : new LinkedHashSet<>(roles);
        orgIds = orgIds == null ? Set.of() : new LinkedHashSet<>(orgIds);
    }

    public static UserForm empty() {
        return new UserForm("", "", "", Set.of(Role.VIEWER), Set.of(), false, "en", "UTC", true);
    }

    public static UserForm of(User user) {
        return new UserForm(user.username(), user.displayName(), "", user.roles(), user.orgIds(), user.allOrgs(),
                user.locale(), user.timeZone(), user.enabled());
    }
}
