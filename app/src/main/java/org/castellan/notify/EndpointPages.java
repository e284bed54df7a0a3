package org.castellan.notify;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.stream.Collectors;
import org.castellan.console.Forms;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
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
 * Webhook and MQTT endpoints in the console ({@code /notifications/endpoints}): list, add, change (disable through
 * the form's checkbox), remove, and send a test message whose outcome shows in the delivery log. Administrators.
 */
@Controller
class EndpointPages {
    private static final List<ChannelKind> KINDS = List.of(ChannelKind.WEBHOOK, ChannelKind.MQTT);

    private final EndpointService endpoints;
    private final OrgService orgs;

    EndpointPages(EndpointService endpoints, OrgService orgs) {
        this.endpoints = endpoints;
        this.orgs = orgs;
    }

    @GetMapping("/notifications/endpoints")
    String list(CurrentUser me, @RequestParam(required = false) Long orgId, Model model) {
        List<Endpoint> list = endpoints.endpoints(me, orgId);
        List<Organization> organizations = orgs.organizations(me);
        model.addAttribute("endpoints", list);
        model.addAttribute("organizations", organizations);
        model.addAttribute("orgId", orgId);
        model.addAttribute("orgNames", organizations.stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a)));
        return "notify/endpoints";
    }

    @GetMapping("/notifications/endpoints/new")
    String newEndpoint(CurrentUser me, @RequestParam(required = false) Long orgId, Model model) {
        me.requireAny(Role.ADMIN);
        List<Organization> organizations = orgs.organizations(me);
        Long chosen = orgId != null && organizations.stream().anyMatch(o -> o.id() == orgId) ? orgId
                : organizations.size() == 1 ? organizations.get(0).id() : null;
        return form(me, model, EndpointForm.empty(chosen), null, null);
    }

    @PostMapping("/notifications/endpoints/new")
    String create(CurrentUser me, @Valid @ModelAttribute("form") EndpointForm form, BindingResult binding,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        me.requireAny(Role.ADMIN);
        EndpointForm submitted = checkbox(form);
        return Forms.submit(binding, response, () -> {
            Endpoint created = endpoints.create(me, submitted);
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/notifications/endpoints?orgId=" + created.orgId();
        }, () -> form(me, model, submitted, null, binding));
    }

    @GetMapping("/notifications/endpoints/{id}/edit")
    String edit(@PathVariable long id, CurrentUser me, Model model) {
        Endpoint endpoint = endpoints.endpoint(me, id);
        return form(me, model, EndpointForm.of(endpoint), endpoint, null);
    }

    @PostMapping("/notifications/endpoints/{id}/edit")
    String update(@PathVariable long id, CurrentUser me, @Valid @ModelAttribute("form") EndpointForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Endpoint endpoint = endpoints.endpoint(me, id);
        EndpointForm submitted = checkbox(form);
        return Forms.submit(binding, response, () -> {
            endpoints.update(me, id, submitted);
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/notifications/endpoints?orgId=" + endpoint.orgId();
        }, () -> form(me, model, submitted, endpoint, binding));
    }

    @PostMapping("/notifications/endpoints/{id}/delete")
    String delete(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        Endpoint endpoint = endpoints.endpoint(me, id);
        endpoints.delete(me, id);
        redirect.addFlashAttribute("notice", "admin.deleted");
        return "redirect:/notifications/endpoints?orgId=" + endpoint.orgId();
    }

    @PostMapping("/notifications/endpoints/{id}/test")
    String test(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        Endpoint endpoint = endpoints.endpoint(me, id);
        endpoints.sendTest(me, id);
        redirect.addFlashAttribute("notice", "endpoint.testQueued");
        return "redirect:/notifications/deliveries?orgId=" + endpoint.orgId();
    }

    /** An unchecked checkbox sends nothing: in the console form that means disabled (the API's null means enabled). */
    private static EndpointForm checkbox(EndpointForm f) {
        return new EndpointForm(f.orgId(), f.kind(), f.name(), f.url(), f.topic(), f.secret(),
                f.enabled() != null && f.enabled());
    }

    private String form(CurrentUser me, Model model, EndpointForm form, Endpoint endpoint, BindingResult binding) {
        Forms.show(model, "form", form, binding);
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("organizations", orgs.organizations(me));
        model.addAttribute("kinds", KINDS);
        return "notify/endpoint-form";
    }
}
