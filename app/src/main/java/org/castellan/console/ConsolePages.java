package org.castellan.console;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import org.castellan.devices.DeviceFilter;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceService;
import org.castellan.platform.CurrentUser;
import org.castellan.security.LoginThrottledException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The console's own pages: login, the section overviews, administration index; the dispatch screen is {@code dispatch}'s. */
@Controller
class ConsolePages {
    /** Which device kinds each section shows until its module brings its own pages. */
    private static final Map<String, Set<DeviceKind>> SECTIONS = Map.of(
            "access", Set.of(DeviceKind.READER),
            "attendance", Set.of(DeviceKind.ATTENDANCE_TERMINAL),
            "maintenance", Set.of(DeviceKind.EQUIPMENT, DeviceKind.GSM_MODEM));

    private final DeviceService devices;

    ConsolePages(DeviceService devices) {
        this.devices = devices;
    }

    /** The login page; after a failed attempt it says why (wrong password, throttled, disabled). */
    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        model.addAttribute("loginErrorArgs", new Object[0]);
        Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (last instanceof LoginThrottledException throttled) {
            model.addAttribute("loginError", "login.throttled");
            model.addAttribute("loginErrorArgs", new Object[] {throttled.retryAfter().toMinutes() + 1});
        } else if (last instanceof DisabledException) {
            model.addAttribute("loginError", "login.disabled");
        } else {
            model.addAttribute("loginError", "login.failed");
        }
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/dispatch";
    }

    /** Heat metering has its own pages now; the section's old address leads there. */
    @GetMapping("/metering")
    String metering() {
        return "redirect:/meters";
    }

    @GetMapping("/{section:access|attendance|maintenance}")
    String section(@PathVariable String section, CurrentUser user, Model model) {
        Set<DeviceKind> kinds = SECTIONS.get(section);
        model.addAttribute("section", section);
        model.addAttribute("devices", devices.devices(user, DeviceFilter.all()).stream()
                .filter(d -> kinds.contains(d.kind())).toList());
        return "section";
    }

    @GetMapping("/admin")
    String administration() {
        return "admin/index";
    }
}
