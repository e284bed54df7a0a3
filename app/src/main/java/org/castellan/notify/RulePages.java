package org.castellan.notify;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.castellan.console.Forms;
import org.castellan.events.EventSeverity;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.platform.TimeZones;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console pages of the notification rules (administrators): the list with enable/disable and delete, and the rule
 * form with its escalation steps (two blank step rows are offered each time). A new rule is made for one
 * organization, chosen first when the administrator has several (its sites and users are the form's choices).
 */
@Controller
class RulePages {
    private static final int BLANK_STEPS = 2;

    private final NotificationRuleService rules;
    private final OrgService orgs;

    RulePages(NotificationRuleService rules, OrgService orgs) {
        this.rules = rules;
        this.orgs = orgs;
    }

    @GetMapping("/notifications/rules")
    String list(CurrentUser me, Model model) {
        List<NotificationRule> all = rules.rules(me, null);
        model.addAttribute("rules", all);
        model.addAttribute("orgNames", orgs.organizations(me).stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a)));
        model.addAttribute("siteNames", orgs.allSites(me).stream()
                .collect(Collectors.toMap(Site::id, Site::name, (a, b) -> a)));
        return "notify/rules";
    }

    @GetMapping("/notifications/rules/new")
    String newRule(CurrentUser me, @RequestParam(required = false) Long orgId, Model model) {
        me.requireAny(Role.ADMIN);
        List<Organization> organizations = orgs.organizations(me);
        Long chosen = orgId != null && organizations.stream().anyMatch(o -> o.id() == orgId) ? orgId
                : organizations.size() == 1 ? organizations.get(0).id() : null;
        if (chosen == null) {
            model.addAttribute("organizations", organizations);
            return "notify/rule-org";
        }
        return form(me, model, NotificationRuleForm.empty(chosen), null, null);
    }

    @PostMapping("/notifications/rules/new")
    String create(CurrentUser me, @Valid @ModelAttribute("form") NotificationRuleForm form, BindingResult binding,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        me.requireAny(Role.ADMIN);
        return Forms.submit(binding, response, () -> {
            rules.create(me, form);
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/notifications/rules";
        }, () -> form(me, model, form, null, binding));
    }

    @GetMapping("/notifications/rules/{id}/edit")
    String edit(@PathVariable long id, CurrentUser me, Model model) {
        NotificationRule rule = rules.rule(me, id);
        return form(me, model, NotificationRuleForm.of(rule), rule, null);
    }

    @PostMapping("/notifications/rules/{id}/edit")
    String update(@PathVariable long id, CurrentUser me, @Valid @ModelAttribute("form") NotificationRuleForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        NotificationRule rule = rules.rule(me, id);
        return Forms.submit(binding, response, () -> {
            rules.update(me, id, form);
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/notifications/rules";
        }, () -> form(me, model, form, rule, binding));
    }

    @PostMapping("/notifications/rules/{id}/enable")
    String enable(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        rules.setEnabled(me, id, true);
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/notifications/rules";
    }

    @PostMapping("/notifications/rules/{id}/disable")
    String disable(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        rules.setEnabled(me, id, false);
        redirect.addFlashAttribute("notice", "admin.saved");
        return "redirect:/notifications/rules";
    }

    @PostMapping("/notifications/rules/{id}/delete")
    String delete(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        rules.delete(me, id);
        redirect.addFlashAttribute("notice", "admin.deleted");
        return "redirect:/notifications/rules";
    }

    private String form(CurrentUser me, Model model, NotificationRuleForm form, NotificationRule rule,
                        BindingResult binding) {
        Organization org = orgs.organization(me, form.orgId() == null ? rule.orgId() : form.orgId());
        Forms.show(model, "form", form.withBlankSteps(BLANK_STEPS), binding);
        model.addAttribute("rule", rule);
        model.addAttribute("org", org);
        model.addAttribute("sites", orgs.sites(me, org.id()));
        model.addAttribute("users", rules.candidates(me, org.id()));
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("channels", Arrays.asList(ChannelKind.values()));
        model.addAttribute("severities", Arrays.asList(EventSeverity.values()));
        model.addAttribute("subjects", Arrays.asList(NotificationRule.Subject.values()));
        model.addAttribute("zones", TimeZones.choicesWith(form.quietZone()));
        return "notify/rule-form";
    }
}
