package org.castellan.duty;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.castellan.console.Forms;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
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
 * Console pages of the duty log: {@code /duty} (the current shift of the chosen organization with its entries,
 * the entry form and the handover panel — the outgoing dispatcher confirms the situation, another dispatcher
 * accepts) and {@code /duty/history} (past shifts with their entries and the handovers with their confirmed
 * snapshots, printable). Every rule is {@link DutyService}'s; this class only chooses what to show.
 */
@Controller
class DutyPages {
    private static final int HISTORY = 50;

    private final DutyService duty;
    private final OrgService orgs;

    /** One organization's line in the overview: its open shift, if any. */
    public record Current(Organization organization, Shift shift) {
    }

    DutyPages(DutyService duty, OrgService orgs) {
        this.duty = duty;
        this.orgs = orgs;
    }

    @GetMapping("/duty")
    String current(CurrentUser me, @RequestParam(required = false) Long orgId, Model model) {
        Optional<Organization> org = chosen(me, orgId, model);
        org.ifPresent(o -> currentPanel(me, o, model, EntryForm.empty(), null));
        return "duty/current";
    }

    @PostMapping("/duty/start")
    String start(CurrentUser me, @Valid @ModelAttribute ShiftForm form, BindingResult binding,
                 RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            throw new InvalidInputException("orgId", "duty.validation.org");
        }
        duty.startShift(me, form.orgId());
        redirect.addFlashAttribute("notice", "duty.notice.started");
        return "redirect:/duty?orgId=" + form.orgId();
    }

    @PostMapping("/duty/shifts/{id}/entries")
    String addEntry(@PathVariable long id, CurrentUser me, @Valid @ModelAttribute("entryForm") EntryForm form,
                    BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Shift shift = duty.shift(me, id);
        return Forms.submit(binding, response, () -> {
            duty.addEntry(me, id, form.kind(), form.text());
            redirect.addFlashAttribute("notice", "duty.notice.entryAdded");
            return "redirect:/duty?orgId=" + shift.orgId();
        }, () -> {
            Organization org = chosen(me, shift.orgId(), model).orElseThrow();
            currentPanel(me, org, model, form, binding);
            return "duty/current";
        });
    }

    @PostMapping("/duty/shifts/{id}/handover")
    String confirm(@PathVariable long id, CurrentUser me, @Valid @ModelAttribute NoteForm form,
                   RedirectAttributes redirect) {
        Handover handover = duty.confirmHandover(me, id, form.note(), form.seen());
        redirect.addFlashAttribute("notice", "duty.notice.confirmed");
        return "redirect:/duty?orgId=" + handover.orgId();
    }

    @PostMapping("/duty/shifts/{id}/close")
    String close(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        Shift shift = duty.closeShift(me, id);
        redirect.addFlashAttribute("notice", "duty.notice.closed");
        return "redirect:/duty?orgId=" + shift.orgId();
    }

    @PostMapping("/duty/handovers/{id}/accept")
    String accept(@PathVariable long id, CurrentUser me, @Valid @ModelAttribute NoteForm form,
                  RedirectAttributes redirect) {
        Handover handover = duty.acceptHandover(me, id, form.note());
        redirect.addFlashAttribute("notice", "duty.notice.accepted");
        return "redirect:/duty?orgId=" + handover.orgId();
    }

    @PostMapping("/duty/handovers/{id}/cancel")
    String cancel(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        Handover handover = duty.cancelHandover(me, id);
        redirect.addFlashAttribute("notice", "duty.notice.cancelled");
        return "redirect:/duty?orgId=" + handover.orgId();
    }

    @GetMapping("/duty/history")
    String history(CurrentUser me, @RequestParam(required = false) Long orgId, Model model) {
        chosen(me, orgId, model).ifPresent(org -> {
            List<Shift> shifts = duty.shifts(me, org.id(), HISTORY);
            Map<Long, List<DutyEntry>> entries = new LinkedHashMap<>();
            shifts.forEach(s -> entries.put(s.id(), duty.entries(me, s.id())));
            model.addAttribute("shifts", shifts);
            model.addAttribute("entries", entries);
            model.addAttribute("handovers", duty.handovers(me, org.id(), HISTORY));
        });
        model.addAttribute("now", duty.now());
        return "duty/history";
    }

    /**
     * The caller's organizations for the selector and the one shown: the requested one (404 when it is not the
     * caller's), else the first. Empty when the caller has none.
     */
    private Optional<Organization> chosen(CurrentUser me, Long orgId, Model model) {
        List<Organization> organizations = orgs.organizations(me);
        Optional<Organization> org = orgId == null ? organizations.stream().findFirst()
                : Optional.of(orgs.organization(me, orgId));
        model.addAttribute("organizations", organizations);
        model.addAttribute("org", org.orElse(null));
        return org;
    }

    private void currentPanel(CurrentUser me, Organization org, Model model, EntryForm form, BindingResult binding) {
        Shift shift = duty.current(me, org.id()).orElse(null);
        boolean canAct = me.hasAny(Role.DISPATCHER, Role.ADMIN);
        model.addAttribute("overview", overview(me, model));
        model.addAttribute("shift", shift);
        model.addAttribute("now", duty.now());
        model.addAttribute("canAct", canAct);
        model.addAttribute("kinds", Arrays.asList(EntryKind.values()));
        Forms.show(model, "entryForm", form, binding);
        if (shift == null) {
            return;
        }
        boolean mine = shift.dispatcherId() == me.id();
        Handover pending = duty.pendingHandover(me, shift.id()).orElse(null);
        model.addAttribute("entries", duty.entries(me, shift.id()));
        model.addAttribute("mine", mine);
        model.addAttribute("canWrite", canAct && (mine || me.has(Role.ADMIN)));
        model.addAttribute("pending", pending);
        List<SituationItem> situation = pending == null && mine && canAct
                ? duty.prepareHandover(me, shift.id()) : List.of();
        model.addAttribute("situation", situation);
        model.addAttribute("seen", Situation.fingerprint(situation));
    }

    /** The open shift of each of the caller's organizations, shown when they have several. */
    @SuppressWarnings("unchecked")
    private List<Current> overview(CurrentUser me, Model model) {
        List<Organization> organizations = (List<Organization>) model.getAttribute("organizations");
        if (organizations == null || organizations.size() < 2) {
            return List.of();
        }
        return organizations.stream().map(o -> new Current(o, duty.current(me, o.id()).orElse(null))).toList();
    }
}
