package org.castellan.events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.LiveFeed;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The event search page ({@code /events}: filters, keyset pages, CSV export of the whole result) and the console's
 * live stream ({@code /events/stream}, with the same filters as query parameters).
 */
@Controller
class EventPages {
    /** What a console page may follow on one stream: events, and alarms (the dispatch screen's panel). */
    private static final Set<String> CONSOLE_TOPICS = Set.of(EventJournal.TOPIC, "alarm");

    private final EventJournal journal;
    private final OrgService orgs;
    private final LiveFeed feed;

    EventPages(EventJournal journal, OrgService orgs, LiveFeed feed) {
        this.journal = journal;
        this.orgs = orgs;
        this.feed = feed;
    }

    /** Values that do not parse (a bad date, an unknown severity) are named next to the form, and nothing is searched. */
    @GetMapping("/events")
    String search(CurrentUser me, @ModelAttribute("form") EventSearchForm form, BindingResult binding, Model model) {
        List<Organization> organizations = orgs.organizations(me);
        List<Site> sites = orgs.allSites(me);
        Map<Long, String> siteNames = sites.stream().collect(Collectors.toMap(Site::id, Site::name, (a, b) -> a));
        model.addAttribute("organizations", organizations);
        model.addAttribute("sites", sites);
        model.addAttribute("siteNames", siteNames);
        model.addAttribute("severities", Arrays.asList(EventSeverity.values()));
        if (binding.hasErrors()) {
            model.addAttribute("invalid", binding.getFieldErrors().stream().map(e -> e.getField()).distinct().toList());
            model.addAttribute("page", new EventPage(List.of(), null));
            // the binder could not construct the record: the form starts over and the message says why
            model.addAttribute("form", new EventSearchForm(null, null, null, null, null, null, null, null, null,
                    null));
            return "events/search";
        }
        EventFilter filter = form.filter(me.timeZone());
        if (form.after() != null && !form.after().isBlank()) {
            filter = filter.after(EventCursor.parse(form.after()));
        }
        model.addAttribute("page", journal.search(me, filter));
        return "events/search";
    }

    @GetMapping(path = "/events/export.csv")
    ResponseEntity<StreamingResponseBody> export(CurrentUser me, @ModelAttribute("form") EventSearchForm form) {
        return EventApi.csv(journal, me, form.filter(me.timeZone()));
    }

    @GetMapping(path = "/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(CurrentUser me,
                      @RequestParam(required = false) Long orgId,
                      @RequestParam(required = false) Long siteId,
                      @RequestParam(required = false) String type,
                      @RequestParam(required = false) EventSeverity minSeverity,
                      @RequestParam(required = false) String q,
                      @RequestParam(required = false) Set<String> topics) {
        EventFilter filter = EventApi.filter(orgId, siteId, null, null, null, type, minSeverity, q, null, null);
        Set<String> wanted = topics == null || topics.isEmpty() ? Set.of(EventJournal.TOPIC)
                : topics.stream().filter(CONSOLE_TOPICS::contains).collect(Collectors.toSet());
        return feed.subscribe(wanted, me::canSee, EventApi.live(filter));
    }
}
