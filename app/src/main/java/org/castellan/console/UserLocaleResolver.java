package org.castellan.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.castellan.platform.CurrentUser;
import org.castellan.security.CurrentUsers;
import org.castellan.users.UserService;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page language: a logged-in user's own choice (stored with the user, so it follows them to any browser),
 * else the choice made on the login page (session), else the browser's Accept-Language, else English. Changing it
 * ({@code ?lang=ru} on any page) stores it with the user when someone is logged in.
 */
final class UserLocaleResolver implements LocaleResolver {
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.CHINESE);
    private static final String SESSION_ATTRIBUTE = UserLocaleResolver.class.getName() + ".locale";

    private final CurrentUsers currentUsers;
    private final UserService users;

    UserLocaleResolver(CurrentUsers currentUsers, UserService users) {
        this.currentUsers = currentUsers;
        this.users = users;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        var user = currentUsers.of(request);
        if (user.isPresent()) {
            return Locale.forLanguageTag(user.get().locale());
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        for (var requested : java.util.Collections.list(request.getLocales())) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(requested.getLanguage())) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = supported(locale);
        var user = currentUsers.of(request);
        if (user.isPresent()) {
            CurrentUser u = user.get();
            users.updatePreferences(u, chosen.getLanguage(), u.timeZone().getId());
            currentUsers.forget(request);
        } else {
            request.getSession(true).setAttribute(SESSION_ATTRIBUTE, chosen);
        }
    }

    private static Locale supported(Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        return SUPPORTED.stream().filter(s -> s.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }
}
