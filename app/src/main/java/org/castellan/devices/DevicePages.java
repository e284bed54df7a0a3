package org.castellan.devices;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.castellan.console.Forms;
import org.castellan.events.EventFilter;
import org.castellan.events.EventJournal;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.org.Zone;
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
 * Console pages of the device registry: the filtered list, a device with its latest events, and the form to
 * register or change one (administrators and engineers; everyone else reads). The form's site and zone choices
 * depend on the organization (and zones on the site): with JavaScript, htmx reloads them from
 * {@code /devices/location} when a choice changes; without it, a "reload choices" button posts the form back
 * ({@code reload} parameter) and the page comes back with the new choices and nothing saved.
 */
@Controller
class DevicePages {
    private static final int EVENTS_SHOWN = 50;

    private final DeviceService devices;
    private final OrgService orgs;
    private final EventJournal journal;

    /** One row of the device list, with the names of its organization and site. */
    public record DeviceRow(Device device, String organization, String site) {
    }

    DevicePages(DeviceService devices, OrgService orgs, EventJournal journal) {
        this.devices = devices;
        this.orgs = orgs;
        this.journal = journal;
    }

    /** Filter values that do not parse (an unknown kind, a non-numeric id) are left out rather than refused. */
    @GetMapping("/devices")
    String list(CurrentUser me, @ModelAttribute("filter") DeviceFilter filter, BindingResult binding, Model model) {
        List<Organization> organizations = orgs.organizations(me);
        List<Site> sites = orgs.allSites(me);
        Map<Long, String> orgNames = organizations.stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
        Map<Long, String> siteNames = sites.stream().collect(Collectors.toMap(Site::id, Site::name, (a, b) -> a));
        List<DeviceRow> rows = devices.devices(me, filter).stream()
                .map(d -> new DeviceRow(d, orgNames.getOrDefault(d.orgId(), "#" + d.orgId()),
                        d.siteId() == null ? null : siteNames.get(d.siteId())))
                .toList();
        Forms.show(model, "filter", filter, binding);
        model.addAttribute("rows", rows);
        model.addAttribute("organizations", organizations);
        model.addAttribute("sites", filter.orgId() == null ? sites
                : sites.stream().filter(s -> s.orgId() == filter.orgId()).toList());
        model.addAttribute("orgNames", orgNames);
        model.addAttribute("kinds", Arrays.asList(DeviceKind.values()));
        model.addAttribute("states", Arrays.asList(DeviceState.values()));
        model.addAttribute("canEdit", canEdit(me));
        return "devices/list";
    }

    @GetMapping("/devices/new")
    String newDevice(CurrentUser me, @RequestParam(required = false) Long orgId, Model model) {
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        List<Organization> organizations = orgs.organizations(me);
        Long chosen = orgId != null && organizations.stream().anyMatch(o -> o.id() == orgId) ? orgId
                : organizations.size() == 1 ? organizations.get(0).id() : null;
        return form(me, model, DeviceConsoleForm.empty(chosen), null, null);
    }

    @PostMapping(path = "/devices/new", params = "!reload")
    String create(CurrentUser me, @Valid @ModelAttribute("form") DeviceConsoleForm form, BindingResult binding,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        return Forms.submit(binding, response, () -> {
            Device created = devices.create(me, form.toDeviceForm());
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/devices/" + created.id();
        }, () -> form(me, model, form, null, binding));
    }

    @PostMapping(path = "/devices/new", params = "reload")
    String reloadNew(CurrentUser me, @ModelAttribute("form") DeviceConsoleForm form, BindingResult binding,
                     Model model) {
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        return form(me, model, keepOnlyOfferedLocation(me, form), null, null);
    }

    @GetMapping("/devices/{id}")
    String device(@PathVariable long id, CurrentUser me, Model model) {
        Device device = devices.device(me, id);
        model.addAttribute("device", device);
        model.addAttribute("connection", new TreeMap<>(device.connection()));
        model.addAttribute("org", orgs.organization(me, device.orgId()));
        model.addAttribute("site", device.siteId() == null ? null : orgs.site(me, device.siteId()));
        model.addAttribute("zone", device.zoneId() == null ? null : orgs.zone(me, device.zoneId()));
        model.addAttribute("events", journal.find(me,
                EventFilter.latest(EVENTS_SHOWN).device(id)));
        model.addAttribute("canEdit", canEdit(me));
        return "devices/device";
    }

    @GetMapping("/devices/{id}/edit")
    String edit(@PathVariable long id, CurrentUser me, Model model) {
        Device device = devices.device(me, id);
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        return form(me, model, DeviceConsoleForm.of(device), device, null);
    }

    @PostMapping(path = "/devices/{id}/edit", params = "!reload")
    String update(@PathVariable long id, CurrentUser me, @Valid @ModelAttribute("form") DeviceConsoleForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Device device = devices.device(me, id);
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        return Forms.submit(binding, response, () -> {
            devices.update(me, id, form.toDeviceForm());
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/devices/" + id;
        }, () -> form(me, model, form, device, binding));
    }

    @PostMapping(path = "/devices/{id}/edit", params = "reload")
    String reloadEdit(@PathVariable long id, CurrentUser me, @ModelAttribute("form") DeviceConsoleForm form,
                      BindingResult binding, Model model) {
        Device device = devices.device(me, id);
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        return form(me, model, keepOnlyOfferedLocation(me, form), device, null);
    }

    @PostMapping("/devices/{id}/delete")
    String delete(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        devices.delete(me, id);
        redirect.addFlashAttribute("notice", "admin.deleted");
        return "redirect:/devices";
    }

    /** The site and zone selects alone, for htmx to swap in when the organization or site changes. */
    @GetMapping("/devices/location")
    String location(CurrentUser me, @ModelAttribute("form") DeviceConsoleForm form, BindingResult binding,
                    Model model) {
        locationChoices(me, keepOnlyOfferedLocation(me, form), model, null);
        return "devices/form :: location";
    }

    private String form(CurrentUser me, Model model, DeviceConsoleForm form, Device device, BindingResult binding) {
        model.addAttribute("device", device);
        model.addAttribute("organizations", orgs.organizations(me));
        model.addAttribute("kinds", Arrays.asList(DeviceKind.values()));
        locationChoices(me, form, model, binding);
        return "devices/form";
    }

    /** {@code binding}: the errors to show, null when the choices are offered afresh (nothing was saved). */
    private void locationChoices(CurrentUser me, DeviceConsoleForm form, Model model, BindingResult binding) {
        List<Site> sites = sitesOf(me, form.orgId());
        Forms.show(model, "form", form, binding);
        model.addAttribute("sites", sites);
        model.addAttribute("zones", offers(sites, form.siteId()) ? orgs.zones(me, form.siteId()) : List.<Zone>of());
    }

    /** After the organization (or site) changed, a site (or zone) of the old choice is dropped, not kept hidden. */
    private DeviceConsoleForm keepOnlyOfferedLocation(CurrentUser me, DeviceConsoleForm form) {
        List<Site> sites = sitesOf(me, form.orgId());
        if (!offers(sites, form.siteId())) {
            return form.withLocation(null, null);
        }
        boolean zoneOffered = form.zoneId() != null
                && orgs.zones(me, form.siteId()).stream().anyMatch(z -> z.id() == form.zoneId());
        return zoneOffered ? form : form.withLocation(form.siteId(), null);
    }

    /** Sites of the chosen organization; none when it is not one of the caller's (the service names that error). */
    private List<Site> sitesOf(CurrentUser me, Long orgId) {
        boolean offered = orgId != null && orgs.organizations(me).stream().anyMatch(o -> o.id() == orgId);
        return offered ? orgs.sites(me, orgId) : List.of();
    }

    private static boolean offers(List<Site> sites, Long siteId) {
        return siteId != null && sites.stream().anyMatch(s -> s.id() == siteId);
    }

    private static boolean canEdit(CurrentUser me) {
        return me.hasAny(Role.ADMIN, Role.ENGINEER);
    }
}
