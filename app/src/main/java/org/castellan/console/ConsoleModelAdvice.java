package org.castellan.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page's layout needs: the viewer ({@code me}, null on the login page), the navigation, the
 * path of the page (to mark the active section) and the languages to switch to.
 */
@ControllerAdvice(annotations = Controller.class)
class ConsoleModelAdvice {
    static final List<NavItem> NAVIGATION = List.of(
            new NavItem("nav.dispatch", "/dispatch"),
            new NavItem("nav.alarms", "/alarms"),
            new NavItem("nav.events", "/events"),
            new NavItem("nav.duty", "/duty"),
            new NavItem("nav.devices", "/devices"),
            new NavItem("nav.modems", "/modems"),
            new NavItem("nav.metering", "/meters", Set.of(Role.ADMIN, Role.ENGINEER, Role.DISPATCHER)),
            new NavItem("nav.access", "/access"),
            new NavItem("nav.attendance", "/attendance"),
            new NavItem("nav.maintenance", "/maintenance"),
            new NavItem("nav.notifications", "/notifications/deliveries"),
            new NavItem("nav.administration", "/admin"));
    static final List<String> LANGUAGES = List.of("en", "ru", "zh");

    private final CurrentUsers currentUsers;

    ConsoleModelAdvice(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    @ModelAttribute("me")
    CurrentUser me(HttpServletRequest request) {
        return currentUsers.of(request).orElse(null);
    }

    /** The entries the viewer sees (some are for some roles only). */
    @ModelAttribute("navigation")
    List<NavItem> navigation(HttpServletRequest request) {
        CurrentUser viewer = me(request);
        return NAVIGATION.stream().filter(item -> item.visibleTo(viewer)).toList();
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return LANGUAGES;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The viewer's time-zone id, for scripts that render times like the server does (Thymeleaf's restricted mode
     * refuses bean calls inside th:attr, so it cannot be {@code @fmt.zone()} there). */
    @ModelAttribute("viewerZone")
    String viewerZone(HttpServletRequest request) {
        return currentUsers.of(request).map(u -> u.timeZone().getId()).orElse("UTC");
    }

    /**
     * The same attributes for views rendered by exception handlers, which Spring does not run
     * {@code @ModelAttribute} methods for: without them an error page would lose its navigation.
     */
    void addLayoutAttributes(Model model, HttpServletRequest request) {
        model.addAttribute("me", me(request));
        model.addAttribute("navigation", navigation(request));
        model.addAttribute("languages", languages());
        model.addAttribute("currentPath", currentPath(request));
        model.addAttribute("viewerZone", viewerZone(request));
    }
}
