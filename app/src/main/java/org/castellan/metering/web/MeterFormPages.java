package org.castellan.metering.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.castellan.console.Forms;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterConnection;
import org.castellan.metering.MeterForm;
import org.castellan.metering.MeterService;
import org.castellan.metering.MeterSystemInfo;
import org.castellan.modems.ModemFilter;
import org.castellan.modems.ModemService;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.platform.TimeZones;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering, changing and removing a meter in the console (administrator or engineer; {@link MeterService} checks
 * again). The connection kind switches the fields that apply (js/meters.js); the limits per system arrive as fields
 * {@code limit-<system>-<name>} and are stored as {@code {"1": {"tMin": 60, …}}}.
 */
@Controller
class MeterFormPages {
    /** The limits a meter's conditions check, per system (see {@code conditions.MeterLimits}). */
    static final List<String> LIMITS = List.of("tMin", "tMax", "gMin", "gMax", "dtMin");
    static final List<Integer> BAUD_RATES = List.of(1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200);

    private final MeterService meters;
    private final ModemService modems;
    private final OrgService orgs;

    MeterFormPages(MeterService meters, ModemService modems, OrgService orgs) {
        this.meters = meters;
        this.modems = modems;
        this.orgs = orgs;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        FormValues.register(binder);
    }

    @GetMapping("/meters/new")
    String newMeter(CurrentUser me, Model model) {
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        List<Organization> organizations = orgs.organizations(me);
        Long org = organizations.size() == 1 ? organizations.get(0).id() : null;
        return form(me, model, blank(org), null, null);
    }

    private static MeterForm blank(Long orgId) {
        return new MeterForm(orgId, null, null, null, MeterConnection.TCP, null, null, null, null, null, 1, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    @PostMapping("/meters/new")
    String register(CurrentUser me, @Valid @ModelAttribute("form") MeterForm submitted, BindingResult binding,
                    @RequestParam Map<String, String> params, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        MeterForm form = withLimits(submitted, params, binding);
        return Forms.submit(binding, response, () -> {
            Meter created = meters.register(me, form);
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/meters/" + created.id();
        }, () -> form(me, model, form, null, binding));
    }

    @GetMapping("/meters/{id}/edit")
    String edit(@PathVariable long id, CurrentUser me, Model model) {
        Meter meter = meters.meter(me, id);
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        return form(me, model, MeterForm.of(meter), meter, null);
    }

    @PostMapping("/meters/{id}/edit")
    String update(@PathVariable long id, CurrentUser me, @Valid @ModelAttribute("form") MeterForm submitted,
                  BindingResult binding, @RequestParam Map<String, String> params, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Meter meter = meters.meter(me, id);
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        MeterForm form = withLimits(submitted, params, binding);
        return Forms.submit(binding, response, () -> {
            meters.update(me, id, form);
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/meters/" + id;
        }, () -> form(me, model, form, meter, binding));
    }

    @PostMapping("/meters/{id}/delete")
    String delete(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        meters.delete(me, id);
        redirect.addFlashAttribute("notice", "admin.deleted");
        return "redirect:/meters";
    }

    /**
     * The submitted form with the limits read from the {@code limit-<system>-<name>} fields: numbers only; a field
     * that is not one is put next to the limits and left out.
     */
    static MeterForm withLimits(MeterForm form, Map<String, String> params, BindingResult binding) {
        Map<String, Map<String, Object>> limits = new java.util.TreeMap<>();
        params.forEach((name, value) -> {
            String[] parts = name.split("-");
            if (parts.length != 3 || !"limit".equals(parts[0]) || !LIMITS.contains(parts[2])
                    || !parts[1].matches("[1-6]") || value == null || value.isBlank()) {
                return;
            }
            try {
                limits.computeIfAbsent(parts[1], k -> new LinkedHashMap<>())
                        .put(parts[2], new BigDecimal(value.trim().replace(',', '.')));
            } catch (NumberFormatException e) {
                binding.rejectValue("limits", "meters.limitNotNumber", new Object[] {parts[1], parts[2], value},
                        "meters.limitNotNumber");
            }
        });
        if (form == null) {
            // a value Spring could not even convert (a letter in a number): it keeps no form, only the errors
            return blank(null);
        }
        return new MeterForm(form.orgId(), form.siteId(), form.zoneId(), form.name(), form.connection(),
                form.modemId(), form.host(), form.port(), form.serialPort(), form.baudRate(), form.address(),
                form.timeZone(), form.planId(), form.consumer(), form.contractNumber(), form.addressText(),
                form.heatSupplier(), form.nextVerification(), form.reportingDay(), form.statementSystem(),
                form.returnSystem(), Map.copyOf(limits));
    }

    private String form(CurrentUser me, Model model, MeterForm form, Meter meter, BindingResult binding) {
        List<Organization> organizations = orgs.organizations(me);
        Forms.show(model, "form", form, binding);
        model.addAttribute("meter", meter);
        model.addAttribute("organizations", organizations);
        Map<Long, String> orgNames = organizations.stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
        model.addAttribute("orgNames", orgNames);
        model.addAttribute("sites", orgs.allSites(me));
        model.addAttribute("modems", modems.modems(me, ModemFilter.all()).stream()
                .filter(m -> m.deviceId() != null && !m.pending()).toList());
        model.addAttribute("plans", meters.plans(me));
        model.addAttribute("connections", MeterConnection.values());
        model.addAttribute("baudRates", BAUD_RATES);
        model.addAttribute("timeZones", TimeZones.choicesWith(form.timeZone()));
        model.addAttribute("limitNames", LIMITS);
        model.addAttribute("limitSystems", limitSystems(form, meter));
        model.addAttribute("limitValues", limitValues(form));
        return "meters/form";
    }

    /** The systems whose limits the form offers: the meter's, or the statement and return systems, and any with limits. */
    static List<Integer> limitSystems(MeterForm form, Meter meter) {
        TreeSet<Integer> systems = new TreeSet<>();
        if (meter != null) {
            meter.systems().stream().map(MeterSystemInfo::number).forEach(systems::add);
        }
        if (systems.isEmpty()) {
            systems.add(form.statementSystem() == null ? 1 : form.statementSystem());
            systems.add(form.returnSystem() == null ? 2 : form.returnSystem());
        }
        form.limits().keySet().stream().filter(k -> k.matches("[1-6]")).map(Integer::valueOf).forEach(systems::add);
        return List.copyOf(systems);
    }

    /** The stored limits as field name → text ({@code limit-1-tMin} → {@code 60}). */
    static Map<String, String> limitValues(MeterForm form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.limits().forEach((system, limits) -> {
            if (limits instanceof Map<?, ?> map) {
                map.forEach((name, value) -> values.put("limit-" + system + "-" + name,
                        value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value)));
            }
        });
        return values;
    }
}
