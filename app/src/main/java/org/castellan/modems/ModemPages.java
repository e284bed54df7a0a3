package org.castellan.modems;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.castellan.console.Forms;
import org.castellan.events.EventFilter;
import org.castellan.events.EventJournal;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.Role;
import org.springframework.beans.factory.ObjectProvider;
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
 * Console pages of the modems (seed 004 §8, the iRZ Dispatcher's "current state" tab): the list with IMEI, name,
 * site, online, signal, SIM, GPIO, the local address pollers use (IP:port) and last seen; a modem with its identity,
 * status, session history and commands (send a command, switch an output, wake up); registering and changing
 * modems. Import and export are {@link ModemSheetPages}.
 */
@Controller
class ModemPages {
    private static final int EVENTS_SHOWN = 20;

    private final ModemService modems;
    private final ModemCommandService commands;
    private final OrgService orgs;
    private final ObjectProvider<GatewayNode> node;
    private final EventJournal journal;

    ModemPages(ModemService modems, ModemCommandService commands, OrgService orgs, ObjectProvider<GatewayNode> node,
               EventJournal journal) {
        this.modems = modems;
        this.commands = commands;
        this.orgs = orgs;
        this.node = node;
        this.journal = journal;
    }

    @GetMapping("/modems")
    String list(CurrentUser me, @ModelAttribute("filter") ModemFilter filter, BindingResult binding,
                HttpServletRequest request, Model model) {
        List<Organization> organizations = orgs.organizations(me);
        List<Site> sites = orgs.allSites(me);
        List<Modem> rows = modems.modems(me, filter);
        Forms.show(model, "filter", filter, binding);
        model.addAttribute("rows", rows);
        model.addAttribute("online", rows.stream().filter(Modem::online).count());
        model.addAttribute("organizations", organizations);
        model.addAttribute("sites", sites);
        model.addAttribute("orgNames", organizations.stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a)));
        model.addAttribute("siteNames", sites.stream().collect(Collectors.toMap(Site::id, Site::name, (a, b) -> a)));
        model.addAttribute("pollerHost", request.getServerName());
        model.addAttribute("canEdit", me.hasAny(Role.ADMIN, Role.ENGINEER));
        return "modems/list";
    }

    @GetMapping("/modems/{id}")
    String modem(@PathVariable long id, CurrentUser me, HttpServletRequest request, Model model) {
        Modem modem = modems.modem(me, id);
        model.addAttribute("modem", modem);
        model.addAttribute("sessions", modems.sessions(me, id));
        model.addAttribute("events", modem.deviceId() == null ? null
                : journal.find(me, EventFilter.latest(EVENTS_SHOWN).device(modem.deviceId())));
        model.addAttribute("commands", commands.recent(me, id));
        model.addAttribute("kinds", List.of(CommandKind.STATUS, CommandKind.SIGNAL, CommandKind.GPIO,
                CommandKind.TEMPERATURE, CommandKind.ICCID, CommandKind.TEXT));
        model.addAttribute("outputs", outputs(modem.gpio()));
        model.addAttribute("org", modem.orgId() == null || modem.pending() ? null : orgs.organization(me, modem.orgId()));
        model.addAttribute("site", modem.siteId() == null ? null : orgs.site(me, modem.siteId()));
        model.addAttribute("pollerHost", request.getServerName());
        GatewayNode gateway = node.getIfAvailable();
        model.addAttribute("sharedPort", gateway == null ? -1 : gateway.sharedPollerPort());
        model.addAttribute("canEdit", me.hasAny(Role.ADMIN, Role.ENGINEER));
        model.addAttribute("canCommand", me.hasAny(Role.ADMIN, Role.ENGINEER, Role.DISPATCHER));
        return "modems/modem";
    }

    @PostMapping("/modems/{id}/command")
    String command(@PathVariable long id, CurrentUser me, @RequestParam CommandKind kind,
                   @RequestParam(required = false) String argument, RedirectAttributes redirect) {
        try {
            ModemCommand done = commands.request(me, id, kind, argument);
            redirect.addFlashAttribute("command", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("commandProblem", e.problems().get(0).messageKey());
        }
        return "redirect:/modems/" + id;
    }

    @GetMapping("/modems/new")
    String newModem(CurrentUser me, @RequestParam(required = false) String imei,
                    @RequestParam(defaultValue = "0") int channel, Model model) {
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        List<Organization> organizations = orgs.organizations(me);
        Long org = organizations.size() == 1 ? organizations.get(0).id() : null;
        return form(me, model, new ModemForm(imei, channel, org, null, null, null, null, null, null, Sharing.TURNS,
                null), null, null);
    }

    @PostMapping("/modems/new")
    String register(CurrentUser me, @Valid @ModelAttribute("form") ModemForm form, BindingResult binding, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        return Forms.submit(binding, response, () -> {
            Modem created = modems.register(me, form);
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/modems/" + created.id();
        }, () -> form(me, model, form, null, binding));
    }

    @GetMapping("/modems/{id}/edit")
    String edit(@PathVariable long id, CurrentUser me, Model model) {
        Modem modem = modems.modem(me, id);
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        return form(me, model, ModemForm.of(modem), modem, null);
    }

    @PostMapping("/modems/{id}/edit")
    String update(@PathVariable long id, CurrentUser me, @Valid @ModelAttribute("form") ModemForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Modem modem = modems.modem(me, id);
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        return Forms.submit(binding, response, () -> {
            modems.update(me, id, form);
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/modems/" + id;
        }, () -> form(me, model, form, modem, binding));
    }

    @PostMapping("/modems/{id}/delete")
    String delete(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        modems.delete(me, id);
        redirect.addFlashAttribute("notice", "admin.deleted");
        return "redirect:/modems";
    }

    private String form(CurrentUser me, Model model, ModemForm form, Modem modem, BindingResult binding) {
        List<Organization> organizations = orgs.organizations(me);
        Forms.show(model, "form", form, binding);
        model.addAttribute("modem", modem);
        model.addAttribute("organizations", organizations);
        model.addAttribute("sites", orgs.allSites(me));
        model.addAttribute("orgNames", organizations.stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a)));
        model.addAttribute("sharings", List.of(Sharing.values()));
        return "modems/form";
    }

    /** The output pins of a stored GPIO state ({@code 80 82 C0}: pin 3 is an output, low), with their levels. */
    static Map<Integer, Boolean> outputs(String gpio) {
        Map<Integer, Boolean> result = new java.util.LinkedHashMap<>();
        if (gpio == null || gpio.isBlank()) {
            return result;
        }
        String[] pins = gpio.trim().split("\\s+");
        for (int i = 0; i < pins.length; i++) {
            int value = Integer.parseInt(pins[i], 16);
            if ((value & 0x40) != 0) {
                result.put(i + 1, (value & 0x02) != 0);
            }
        }
        return result;
    }
}
