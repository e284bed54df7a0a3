package org.castellan.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.castellan.platform.Channel;
import org.castellan.platform.CurrentUser;
import org.castellan.users.UserService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The {@link CurrentUser} of the request being served, loaded once per request from the database (so role and
 * organization changes apply at once) and cached in a request attribute. Requests under {@code /api/} are
 * audited as {@link Channel#API}, the rest as {@link Channel#CONSOLE}.
 */
@Component
public class CurrentUsers {
    private static final String ATTRIBUTE = CurrentUsers.class.getName();

    private final UserService users;

    CurrentUsers(UserService users) {
        this.users = users;
    }

    /** Empty for anonymous requests and for users disabled since they logged in. */
    public Optional<CurrentUser> of(HttpServletRequest request) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof CurrentUser user) {
            return Optional.of(user);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountDetails account)) {
            return Optional.empty();
        }
        Channel channel = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                ? Channel.API : Channel.CONSOLE;
        Optional<CurrentUser> user = users.currentUser(account.id(), channel);
        user.ifPresent(u -> request.setAttribute(ATTRIBUTE, u));
        return user;
    }

    /** Drops the cached user of this request (after the request itself changed the user's preferences). */
    public void forget(HttpServletRequest request) {
        request.removeAttribute(ATTRIBUTE);
    }
}
