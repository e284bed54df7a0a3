package org.castellan.users;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.castellan.console.Forms;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.platform.TimeZones;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console pages for administering users (administrators only; {@link UserService} decides whom an administrator
 * sees and what they may grant). The organizations offered are the administrator's own; memberships outside them
 * are kept by the service and only counted here. The user page also shows what other packages contribute
 * through {@link UserPageSection} (the user's API tokens).
 */
@Controller
class UserPages {
    private final UserService users;
    private final OrgService orgs;
    private final ObjectProvider<UserPageSection> sections;

    /** One row of the user list: roles in a stable order, organizations by name. */
    record UserRow(User user, List<Role> roles, List<String> organizations) {
    }

    /** A contributed section, ready for {@code th:replace="~{${s.template} :: section(${s.data})}"}. */
    record SectionView(String template, Object data) {
    }

    UserPages(UserService users, OrgService orgs, ObjectProvider<UserPageSection> sections) {
        this.users = users;
        this.orgs = orgs;
        this.sections = sections;
    }

    @GetMapping("/admin/users")
    String list(CurrentUser me, Model model) {
        List<User> all = users.users(me);
        Map<Long, String> names = organizationNames(me);
        model.addAttribute("rows", all.stream().map(u -> new UserRow(u, u.roles().stream().sorted().toList(),
                u.orgIds().stream().filter(names::containsKey).map(names::get).sorted().toList())).toList());
        return "users/list";
    }

    @GetMapping("/admin/users/new")
    String newUser(CurrentUser me, Model model) {
        me.requireAny(Role.ADMIN);
        return form(me, model, UserForm.empty(), null, null);
    }

    @PostMapping("/admin/users/new")
    String create(CurrentUser me, @Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        me.requireAny(Role.ADMIN);
        return Forms.submit(binding, response, () -> {
            User created = users.create(me, form);
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/admin/users/" + created.id();
        }, () -> form(me, model, form, null, binding));
    }

    @GetMapping("/admin/users/{id}")
    String user(@PathVariable long id, CurrentUser me, Model model) {
        User user = users.user(me, id);
        return form(me, model, UserForm.of(user), user, null);
    }

    /** The user name is shown, not changed here: whatever arrives in the form, the stored name is kept. */
    @PostMapping("/admin/users/{id}")
    String update(@PathVariable long id, CurrentUser me, @Valid @ModelAttribute("form") UserForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        User user = users.user(me, id);
        return Forms.submit(binding, response, () -> {
            users.update(me, id, new UserForm(user.username(), form.displayName(), form.password(), form.roles(),
                    form.orgIds(), form.allOrgs(), form.locale(), form.timeZone(), form.enabled()));
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/admin/users/" + id;
        }, () -> form(me, model, form, user, binding));
    }

    private String form(CurrentUser me, Model model, UserForm form, User user, BindingResult binding) {
        List<Organization> visible = orgs.organizations(me);
        Forms.show(model, "form", form, binding);
        model.addAttribute("editedUser", user);
        model.addAttribute("organizations", visible);
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("timeZones", TimeZones.choicesWith(form.timeZone()));
        model.addAttribute("canGrantAllOrgs", me.allOrgs() && me.has(Role.ADMIN));
        model.addAttribute("otherOrganizations", user == null ? 0
                : user.orgIds().stream().filter(org -> !me.canSee(org)).count());
        model.addAttribute("sections", user == null ? List.of() : sections.orderedStream()
                .map(s -> new SectionView(s.template(), s.data(me, user))).toList());
        return "users/user";
    }

    private Map<Long, String> organizationNames(CurrentUser me) {
        return orgs.organizations(me).stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
    }
}
