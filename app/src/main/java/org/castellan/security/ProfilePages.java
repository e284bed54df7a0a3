package org.castellan.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import org.castellan.console.Forms;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.TimeZones;
import org.castellan.users.UserService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's own page: language and time zone, password, and API tokens. A new token's secret goes
 * to the next page view as a flash attribute and is shown there once; it is never stored anywhere else (only its
 * hash is), so reloading the page does not show it again. Lives in the security package because it issues
 * tokens; it reaches users only through {@link UserService}.
 */
@Controller
class ProfilePages {
    private static final String VIEW = "security/profile";

    private final UserService users;
    private final ApiTokenService tokens;
    private final Clock clock;

    ProfilePages(UserService users, ApiTokenService tokens, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/profile")
    String profile(CurrentUser me, Model model) {
        return page(me, model);
    }

    @PostMapping("/profile/preferences")
    String preferences(CurrentUser me, @Valid @ModelAttribute("prefs") PreferencesForm form, BindingResult binding,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return Forms.submit(binding, response, () -> {
            users.updatePreferences(me, form.locale(), form.timeZone());
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/profile";
        }, () -> {
            Forms.show(model, "prefs", form, binding);
            return page(me, model);
        });
    }

    @PostMapping("/profile/contact")
    String contact(CurrentUser me, @Valid @ModelAttribute("contact") ContactForm form, BindingResult binding,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return Forms.submit(binding, response, () -> {
            users.updateContact(me, form.email(), form.phone(), form.notifyModemEvents());
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/profile";
        }, () -> {
            Forms.show(model, "contact", form, binding);
            return page(me, model);
        });
    }

    @PostMapping("/profile/password")
    String password(CurrentUser me, @Valid @ModelAttribute("password") PasswordChangeForm form, BindingResult binding,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasFieldErrors("newPassword") && !binding.hasFieldErrors("repeatPassword") && !form.repeated()) {
            binding.rejectValue("repeatPassword", "profile.passwordMismatch");
        }
        return Forms.submit(binding, response, () -> {
            users.changeOwnPassword(me, form.currentPassword(), form.newPassword());
            redirect.addFlashAttribute("notice", "profile.passwordChanged");
            return "redirect:/profile";
        }, () -> {
            Forms.show(model, "password", PasswordChangeForm.empty(), binding);
            return page(me, model);
        });
    }

    @PostMapping("/profile/tokens")
    String issue(CurrentUser me, @Valid @ModelAttribute("token") TokenForm form, BindingResult binding, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            IssuedToken issued = tokens.issue(me, form);
            redirect.addFlashAttribute("issuedName", issued.token().name());
            redirect.addFlashAttribute("issuedSecret", issued.secret());
            return "redirect:/profile";
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Forms.show(model, "token", form, binding);
        return page(me, model);
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revoke(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        tokens.revoke(me, id);
        redirect.addFlashAttribute("notice", "tokens.revoked");
        return "redirect:/profile";
    }

    /** The page with whichever forms the request did not bring (a failed form keeps its own values and errors). */
    private String page(CurrentUser me, Model model) {
        if (!model.containsAttribute("prefs")) {
            model.addAttribute("prefs", new PreferencesForm(me.locale(), me.timeZone().getId()));
        }
        if (!model.containsAttribute("contact")) {
            var contact = users.contact(me);
            model.addAttribute("contact", new ContactForm(contact.email(), contact.phone(),
                    contact.notifyModemEvents()));
        }
        if (!model.containsAttribute("password")) {
            model.addAttribute("password", PasswordChangeForm.empty());
        }
        if (!model.containsAttribute("token")) {
            model.addAttribute("token", TokenForm.empty());
        }
        PreferencesForm prefs = (PreferencesForm) model.getAttribute("prefs");
        model.addAttribute("timeZones", TimeZones.choicesWith(prefs == null ? null : prefs.timeZone()));
        model.addAttribute("tokens", TokenRow.of(tokens.tokens(me, me.id()), clock.instant()));
        return VIEW;
    }
}
