package org.castellan.metering.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.castellan.console.Forms;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterService;
import org.castellan.metering.PollPlan;
import org.castellan.metering.PollPlanForm;
import org.castellan.metering.ReadJob;
import org.castellan.metering.ReadQueue;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The polling plans in the console (the list with the meters that use each plan; the form with durations such as
 * {@code 15m}, depths, the call window, retries and thresholds) and the read queue: the reads waiting or running now
 * on the meters the viewer may see, with their progress.
 */
@Controller
class PlanPages {
    /** The most queue rows looked at; a plan tick over thousands of meters queues more, the page says so. */
    static final int QUEUE_SHOWN = 500;

    private final MeterService meters;
    private final ReadQueue queue;
    private final OrgService orgs;

    PlanPages(MeterService meters, ReadQueue queue, OrgService orgs) {
        this.meters = meters;
        this.queue = queue;
        this.orgs = orgs;
    }

    /** A read of the queue with the meter it reads. */
    record QueuedRead(ReadJob job, Meter meter) {
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        FormValues.register(binder);
    }

    @GetMapping("/meters/plans")
    String plans(CurrentUser me, Model model) {
        List<Meter> all = meters.meters(me, null, null);
        model.addAttribute("plans", meters.plans(me));
        model.addAttribute("metersByPlan", all.stream().filter(m -> m.planId() != null)
                .collect(Collectors.groupingBy(Meter::planId)));
        model.addAttribute("unplanned", all.stream().filter(m -> m.planId() == null).toList());
        model.addAttribute("orgNames", orgNames(me));
        model.addAttribute("canEdit", me.hasAny(Role.ADMIN, Role.ENGINEER));
        return "meters/plans";
    }

    @GetMapping("/meters/queue")
    String queue(CurrentUser me, Model model) {
        Map<Long, Meter> visible = meters.meters(me, null, null).stream()
                .collect(Collectors.toMap(Meter::id, m -> m, (a, b) -> a));
        List<ReadJob> open = queue.open(QUEUE_SHOWN);
        model.addAttribute("reads", open.stream().filter(j -> visible.containsKey(j.meterId()))
                .map(j -> new QueuedRead(j, visible.get(j.meterId()))).toList());
        model.addAttribute("cut", open.size() >= QUEUE_SHOWN);
        return "meters/queue";
    }

    @GetMapping("/meters/plans/new")
    String newPlan(CurrentUser me, Model model) {
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        List<Organization> organizations = orgs.organizations(me);
        Long org = organizations.size() == 1 ? organizations.get(0).id() : null;
        return form(me, model, new PollPlanForm(org, null, java.time.Duration.ofMinutes(15), java.time.Duration
                .ofHours(1), null, java.time.Duration.ofDays(1), null, java.time.Duration.ofDays(1), null, null, null,
                false, null, null, null, null), null, null);
    }

    @PostMapping("/meters/plans/new")
    String create(CurrentUser me, @Valid @ModelAttribute("form") PollPlanForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        return Forms.submit(binding, response, () -> {
            meters.createPlan(me, form);
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/meters/plans";
        }, () -> form(me, model, form, null, binding));
    }

    @GetMapping("/meters/plans/{id}/edit")
    String edit(@PathVariable long id, CurrentUser me, Model model) {
        PollPlan plan = meters.plan(me, id);
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        return form(me, model, PollPlanForm.of(plan), plan, null);
    }

    @PostMapping("/meters/plans/{id}/edit")
    String update(@PathVariable long id, CurrentUser me, @Valid @ModelAttribute("form") PollPlanForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PollPlan plan = meters.plan(me, id);
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        return Forms.submit(binding, response, () -> {
            meters.updatePlan(me, id, form);
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/meters/plans";
        }, () -> form(me, model, form, plan, binding));
    }

    @PostMapping("/meters/plans/{id}/delete")
    String delete(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        meters.deletePlan(me, id);
        redirect.addFlashAttribute("notice", "admin.deleted");
        return "redirect:/meters/plans";
    }

    private String form(CurrentUser me, Model model, PollPlanForm form, PollPlan plan, BindingResult binding) {
        Forms.show(model, "form", form, binding);
        model.addAttribute("plan", plan);
        model.addAttribute("organizations", orgs.organizations(me));
        return "meters/plan-form";
    }

    private Map<Long, String> orgNames(CurrentUser me) {
        return orgs.organizations(me).stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
    }
}
