package org.castellan.alarms;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.castellan.console.Forms;
import org.castellan.events.Event;
import org.castellan.events.EventFilter;
import org.castellan.events.EventJournal;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.LiveFeed;
import org.castellan.platform.Role;
import org.castellan.users.User;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console pages of alarms: {@code /alarms} (open alarms by severity and age, recently cleared, filters), the panel
 * fragment {@code /alarms/panel} the dispatch screen embeds and reloads on every {@code alarm} message of
 * {@code /alarms/stream}, one alarm's page with comments and history, and the manual alarm form. Actions are
 * POSTs: from the panel (htmx, header {@code HX-Request}) they answer the panel again, with a problem shown in it;
 * from a page they redirect back to the alarm. Scope and roles are {@link AlarmService}'s.
 */
@Controller
class AlarmPages {
    private static final int HISTORY = 50;

    private final AlarmService alarms;
    private final OrgService orgs;
    private final EventJournal journal;
    private final LiveFeed feed;
    private final Clock clock;

    AlarmPages(AlarmService alarms, OrgService orgs, EventJournal journal, LiveFeed feed, Clock clock) {
        this.alarms = alarms;
        this.orgs = orgs;
        this.journal = journal;
        this.feed = feed;
        this.clock = clock;
    }

    @GetMapping("/alarms")
    String list(CurrentUser me, @ModelAttribute("filter") AlarmFilter filter, BindingResult binding, Model model) {
        Forms.show(model, "filter", filter, binding);
        Map<Long, String> siteNames = siteNames(me);
        panel(me, filter, model, siteNames);
        model.addAttribute("sites", orgs.allSites(me));
        model.addAttribute("severities", AlarmSeverity.values());
        model.addAttribute("recent", views(alarms.recent(me, filter), siteNames));
        return "alarms/list";
    }

    @GetMapping("/alarms/panel")
    String panel(CurrentUser me, @ModelAttribute("filter") AlarmFilter filter, Model model) {
        panel(me, filter, model, siteNames(me));
        return "alarms/panel :: panel";
    }

    @GetMapping(path = "/alarms/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(CurrentUser me) {
        return feed.subscribe(Set.of(AlarmService.TOPIC), me::canSee);
    }

    @GetMapping("/alarms/{id}")
    String alarm(@PathVariable long id, CurrentUser me, Model model) {
        Alarm alarm = alarms.alarm(me, id);
        model.addAttribute("view", AlarmView.of(alarm, alarm.siteId() == null ? null
                : orgs.site(me, alarm.siteId()).name(), clock.instant()));
        model.addAttribute("comments", alarms.comments(me, id));
        model.addAttribute("history", history(me, alarm));
        Map<Long, List<User>> assignees = assignees(me, List.of(alarm));
        model.addAttribute("assignees", assignees);
        model.addAttribute("assigneeName", assignees.getOrDefault(alarm.orgId(), List.of()).stream()
                .filter(u -> alarm.assigneeId() != null && u.id() == alarm.assigneeId()).map(User::displayName)
                .findFirst().orElse("#" + alarm.assigneeId()));
        actions(me, model);
        return "alarms/alarm";
    }

    @GetMapping("/alarms/new")
    String newAlarm(CurrentUser me, Model model) {
        me.requireAny(Role.ADMIN, Role.DISPATCHER);
        List<Organization> organizations = orgs.organizations(me);
        Long org = organizations.size() == 1 ? organizations.get(0).id() : null;
        return form(me, model, new ManualAlarmForm(org, null, AlarmSeverity.MAJOR, null, null), null);
    }

    @PostMapping("/alarms/new")
    String raise(CurrentUser me, @Valid @ModelAttribute("form") ManualAlarmForm form, BindingResult binding,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        me.requireAny(Role.ADMIN, Role.DISPATCHER);
        return Forms.submit(binding, response, () -> {
            Alarm created = alarms.manual(me, form);
            redirect.addFlashAttribute("notice", "alarms.raised");
            return "redirect:/alarms/" + created.id();
        }, () -> form(me, model, form, binding));
    }

    @PostMapping("/alarms/{id}/acknowledge")
    String acknowledge(@PathVariable long id, CurrentUser me, @RequestHeader(name = "HX-Request", required = false)
                       String htmx, Model model, RedirectAttributes redirect) {
        return act(id, me, htmx, model, redirect, () -> alarms.acknowledge(me, id));
    }

    @PostMapping("/alarms/{id}/comment")
    String comment(@PathVariable long id, CurrentUser me, @RequestParam(required = false) String text,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                   RedirectAttributes redirect) {
        return act(id, me, htmx, model, redirect, () -> alarms.comment(me, id, text));
    }

    @PostMapping("/alarms/{id}/assign")
    String assign(@PathVariable long id, CurrentUser me, @RequestParam(required = false) Long assigneeId,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                  RedirectAttributes redirect) {
        return act(id, me, htmx, model, redirect, () -> alarms.assign(me, id, assigneeId));
    }

    @PostMapping("/alarms/{id}/clear")
    String clear(@PathVariable long id, CurrentUser me, @RequestParam(required = false) String reason,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                 RedirectAttributes redirect) {
        return act(id, me, htmx, model, redirect, () -> alarms.clear(me, id, reason));
    }

    /**
     * Runs an action. From the panel a refused input is shown in the panel (htmx swaps only 2xx answers); from a
     * page it goes to the error handling every console form has.
     */
    private String act(long id, CurrentUser me, String htmx, Model model, RedirectAttributes redirect,
                       Runnable action) {
        if (htmx == null) {
            action.run();
            redirect.addFlashAttribute("notice", "admin.saved");
            return "redirect:/alarms/" + id;
        }
        try {
            action.run();
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.problems().get(0));
            model.addAttribute("problemAlarm", id);
        }
        panel(me, AlarmFilter.all(), model, siteNames(me));
        return "alarms/panel :: panel";
    }

    private void panel(CurrentUser me, AlarmFilter filter, Model model, Map<Long, String> siteNames) {
        List<Alarm> open = alarms.active(me, filter);
        model.addAttribute("active", views(open, siteNames));
        model.addAttribute("assignees", assignees(me, open));
        actions(me, model);
    }

    private static void actions(CurrentUser me, Model model) {
        model.addAttribute("canAct", me.hasAny(Role.ADMIN, Role.DISPATCHER));
        model.addAttribute("canComment", me.hasAny(Role.ADMIN, Role.DISPATCHER, Role.ENGINEER));
    }

    private List<AlarmView> views(List<Alarm> list, Map<Long, String> siteNames) {
        Instant now = clock.instant();
        return list.stream().map(a -> AlarmView.of(a, a.siteId() == null ? null : siteNames.get(a.siteId()), now))
                .toList();
    }

    /** Who each listed alarm may be assigned to, by organization. */
    private Map<Long, List<User>> assignees(CurrentUser me, List<Alarm> list) {
        if (!me.hasAny(Role.ADMIN, Role.DISPATCHER)) {
            return Map.of();
        }
        Map<Long, List<User>> result = new HashMap<>();
        list.stream().map(Alarm::orgId).distinct().forEach(org -> result.put(org, alarms.assignees(me, org)));
        return result;
    }

    private List<Event> history(CurrentUser me, Alarm alarm) {
        EventFilter filter = EventFilter.latest(HISTORY).org(alarm.orgId()).type("alarm.*");
        filter = alarm.deviceId() != null ? filter.device(alarm.deviceId()) : filter;
        return journal.find(me, filter).stream()
                .filter(e -> e.data().get("alarmId") instanceof Number n && n.longValue() == alarm.id())
                .toList();
    }

    private Map<Long, String> siteNames(CurrentUser me) {
        return orgs.allSites(me).stream().collect(Collectors.toMap(Site::id, Site::name, (a, b) -> a));
    }

    private String form(CurrentUser me, Model model, ManualAlarmForm form, BindingResult binding) {
        Forms.show(model, "form", form, binding);
        model.addAttribute("organizations", orgs.organizations(me));
        model.addAttribute("sites", orgs.allSites(me));
        model.addAttribute("severities", AlarmSeverity.values());
        return "alarms/form";
    }
}
