package org.castellan.org;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.castellan.console.Forms;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console pages of the location tree: organizations, their sites, the sites' zones. Everyone reads what is in
 * their organizations; administrators change it (platform administrators also create and delete organizations).
 * Every handler first loads the node through {@link OrgService}, so a node of another tenant is "not found" (404)
 * before any role (403) or input (400) is looked at. The role checks here only spare people a form they could not
 * submit; {@link OrgService} checks again on every change.
 */
@Controller
class OrgPages {
    private static final String NOTICE = "notice";
    private static final String SAVED = "admin.saved";
    private static final String DELETED = "admin.deleted";

    private final OrgService orgs;

    OrgPages(OrgService orgs) {
        this.orgs = orgs;
    }

    // ---- organizations -------------------------------------------------------------------------------------

    @GetMapping("/admin/orgs")
    String organizations(CurrentUser me, Model model) {
        model.addAttribute("organizations", orgs.organizations(me));
        model.addAttribute("canCreate", isPlatformAdmin(me));
        return "org/list";
    }

    @GetMapping("/admin/orgs/new")
    String newOrganization(CurrentUser me, Model model) {
        me.requirePlatformAdmin();
        return organizationForm(model, OrganizationForm.empty(), null, null);
    }

    @PostMapping("/admin/orgs/new")
    String createOrganization(CurrentUser me, @Valid @ModelAttribute("form") OrganizationForm form,
                              BindingResult binding, Model model, HttpServletResponse response,
                              RedirectAttributes redirect) {
        me.requirePlatformAdmin();
        return Forms.submit(binding, response, () -> {
            Organization created = orgs.createOrganization(me, form);
            redirect.addFlashAttribute(NOTICE, SAVED);
            return "redirect:/admin/orgs/" + created.id();
        }, () -> organizationForm(model, form, null, binding));
    }

    @GetMapping("/admin/orgs/{id}")
    String organization(@PathVariable long id, CurrentUser me, Model model) {
        model.addAttribute("org", orgs.organization(me, id));
        model.addAttribute("sites", orgs.sites(me, id));
        model.addAttribute("canEdit", me.has(Role.ADMIN));
        model.addAttribute("canDelete", isPlatformAdmin(me));
        return "org/organization";
    }

    @GetMapping("/admin/orgs/{id}/edit")
    String editOrganization(@PathVariable long id, CurrentUser me, Model model) {
        Organization org = orgs.organization(me, id);
        me.requireAny(Role.ADMIN);
        return organizationForm(model, OrganizationForm.of(org), org, null);
    }

    @PostMapping("/admin/orgs/{id}/edit")
    String updateOrganization(@PathVariable long id, CurrentUser me,
                              @Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model,
                              HttpServletResponse response, RedirectAttributes redirect) {
        Organization org = orgs.organization(me, id);
        me.requireAny(Role.ADMIN);
        return Forms.submit(binding, response, () -> {
            orgs.updateOrganization(me, id, form);
            redirect.addFlashAttribute(NOTICE, SAVED);
            return "redirect:/admin/orgs/" + id;
        }, () -> organizationForm(model, form, org, binding));
    }

    @PostMapping("/admin/orgs/{id}/delete")
    String deleteOrganization(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        orgs.deleteOrganization(me, id);
        redirect.addFlashAttribute(NOTICE, DELETED);
        return "redirect:/admin/orgs";
    }

    private static String organizationForm(Model model, OrganizationForm form, Organization org,
                                           BindingResult binding) {
        Forms.show(model, "form", form, binding);
        model.addAttribute("org", org);
        model.addAttribute("timeZones", TimeZones.choicesWith(form.timeZone()));
        return "org/organization-form";
    }

    // ---- sites ---------------------------------------------------------------------------------------------

    @GetMapping("/admin/orgs/{orgId}/sites/new")
    String newSite(@PathVariable long orgId, CurrentUser me, Model model) {
        Organization org = orgs.organization(me, orgId);
        me.requireAny(Role.ADMIN);
        return siteForm(model, SiteForm.empty(), org, null, null);
    }

    @PostMapping("/admin/orgs/{orgId}/sites/new")
    String createSite(@PathVariable long orgId, CurrentUser me, @Valid @ModelAttribute("form") SiteForm form,
                      BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Organization org = orgs.organization(me, orgId);
        me.requireAny(Role.ADMIN);
        return Forms.submit(binding, response, () -> {
            Site created = orgs.createSite(me, orgId, form);
            redirect.addFlashAttribute(NOTICE, SAVED);
            return "redirect:/admin/sites/" + created.id();
        }, () -> siteForm(model, form, org, null, binding));
    }

    @GetMapping("/admin/sites/{id}")
    String site(@PathVariable long id, CurrentUser me, Model model) {
        Site site = orgs.site(me, id);
        model.addAttribute("site", site);
        model.addAttribute("org", orgs.organization(me, site.orgId()));
        model.addAttribute("zones", orgs.zones(me, id));
        model.addAttribute("canEdit", me.has(Role.ADMIN));
        return "org/site";
    }

    @GetMapping("/admin/sites/{id}/edit")
    String editSite(@PathVariable long id, CurrentUser me, Model model) {
        Site site = orgs.site(me, id);
        me.requireAny(Role.ADMIN);
        return siteForm(model, SiteForm.of(site), orgs.organization(me, site.orgId()), site, null);
    }

    @PostMapping("/admin/sites/{id}/edit")
    String updateSite(@PathVariable long id, CurrentUser me, @Valid @ModelAttribute("form") SiteForm form,
                      BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Site site = orgs.site(me, id);
        me.requireAny(Role.ADMIN);
        return Forms.submit(binding, response, () -> {
            orgs.updateSite(me, id, form);
            redirect.addFlashAttribute(NOTICE, SAVED);
            return "redirect:/admin/sites/" + id;
        }, () -> siteForm(model, form, orgs.organization(me, site.orgId()), site, binding));
    }

    @PostMapping("/admin/sites/{id}/delete")
    String deleteSite(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        Site site = orgs.site(me, id);
        orgs.deleteSite(me, id);
        redirect.addFlashAttribute(NOTICE, DELETED);
        return "redirect:/admin/orgs/" + site.orgId();
    }

    private static String siteForm(Model model, SiteForm form, Organization org, Site site, BindingResult binding) {
        Forms.show(model, "form", form, binding);
        model.addAttribute("org", org);
        model.addAttribute("site", site);
        model.addAttribute("timeZones", TimeZones.choicesWith(form.timeZone()));
        return "org/site-form";
    }

    // ---- zones ---------------------------------------------------------------------------------------------

    @GetMapping("/admin/sites/{siteId}/zones/new")
    String newZone(@PathVariable long siteId, CurrentUser me, Model model) {
        Site site = orgs.site(me, siteId);
        me.requireAny(Role.ADMIN);
        return zoneForm(model, ZoneForm.empty(), site, null, me, null);
    }

    @PostMapping("/admin/sites/{siteId}/zones/new")
    String createZone(@PathVariable long siteId, CurrentUser me, @Valid @ModelAttribute("form") ZoneForm form,
                      BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Site site = orgs.site(me, siteId);
        me.requireAny(Role.ADMIN);
        return Forms.submit(binding, response, () -> {
            orgs.createZone(me, siteId, form);
            redirect.addFlashAttribute(NOTICE, SAVED);
            return "redirect:/admin/sites/" + siteId;
        }, () -> zoneForm(model, form, site, null, me, binding));
    }

    @GetMapping("/admin/zones/{id}")
    String zone(@PathVariable long id, CurrentUser me) {
        return "redirect:/admin/sites/" + orgs.zone(me, id).siteId();
    }

    @GetMapping("/admin/zones/{id}/edit")
    String editZone(@PathVariable long id, CurrentUser me, Model model) {
        Zone zone = orgs.zone(me, id);
        me.requireAny(Role.ADMIN);
        return zoneForm(model, ZoneForm.of(zone), orgs.site(me, zone.siteId()), zone, me, null);
    }

    @PostMapping("/admin/zones/{id}/edit")
    String updateZone(@PathVariable long id, CurrentUser me, @Valid @ModelAttribute("form") ZoneForm form,
                      BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Zone zone = orgs.zone(me, id);
        me.requireAny(Role.ADMIN);
        return Forms.submit(binding, response, () -> {
            orgs.updateZone(me, id, form);
            redirect.addFlashAttribute(NOTICE, SAVED);
            return "redirect:/admin/sites/" + zone.siteId();
        }, () -> zoneForm(model, form, orgs.site(me, zone.siteId()), zone, me, binding));
    }

    @PostMapping("/admin/zones/{id}/delete")
    String deleteZone(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        Zone zone = orgs.zone(me, id);
        orgs.deleteZone(me, id);
        redirect.addFlashAttribute(NOTICE, DELETED);
        return "redirect:/admin/sites/" + zone.siteId();
    }

    private String zoneForm(Model model, ZoneForm form, Site site, Zone zone, CurrentUser me,
                            BindingResult binding) {
        Forms.show(model, "form", form, binding);
        model.addAttribute("org", orgs.organization(me, site.orgId()));
        model.addAttribute("site", site);
        model.addAttribute("zone", zone);
        return "org/zone-form";
    }

    private static boolean isPlatformAdmin(CurrentUser me) {
        return me.allOrgs() && me.has(Role.ADMIN);
    }
}
