package org.castellan.dispatch;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceService;
import org.castellan.events.EventFilter;
import org.castellan.events.EventJournal;
import org.castellan.events.EventSeverity;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dispatch screen ({@code /dispatch}): the live event feed with its filters (site, kind, severity — the page
 * shows the latest matching events and streams new ones through {@code /events/stream} with the same filters), the
 * alarms panel, device health per site and kind, and the site tree with status colours.
 */
@Controller
class DispatchPages {
    static final int EVENTS_SHOWN = 50;

    private final DeviceService devices;
    private final EventJournal journal;
    private final OrgService orgs;
    private final OpenAlarms alarms;

    DispatchPages(DeviceService devices, EventJournal journal, OrgService orgs, OpenAlarms alarms) {
        this.devices = devices;
        this.journal = journal;
        this.orgs = orgs;
        this.alarms = alarms;
    }

    @GetMapping("/dispatch")
    String dispatch(CurrentUser me, @RequestParam(required = false) Long siteId,
                    @RequestParam(required = false) String type,
                    @RequestParam(required = false) EventSeverity minSeverity, Model model) {
        List<Organization> organizations = orgs.organizations(me);
        List<Site> sites = orgs.allSites(me);
        EventFilter filter = EventFilter.latest(EVENTS_SHOWN).site(siteId).type(type).minSeverity(minSeverity);
        model.addAttribute("states", devices.stateCounts(me));
        model.addAttribute("tree", SiteHealth.build(organizations, sites, devices.health(me), alarms.counts(me)));
        model.addAttribute("kinds", Arrays.asList(DeviceKind.values()));
        model.addAttribute("sites", sites);
        model.addAttribute("severities", Arrays.asList(EventSeverity.values()));
        model.addAttribute("siteId", siteId);
        model.addAttribute("type", filter.type());
        model.addAttribute("minSeverity", minSeverity);
        model.addAttribute("events", journal.find(me, filter));
        model.addAttribute("stream", UriComponentsBuilder.fromPath("/events/stream")
                .queryParamIfPresent("siteId", Optional.ofNullable(siteId))
                .queryParamIfPresent("type", Optional.ofNullable(filter.type()))
                .queryParamIfPresent("minSeverity", Optional.ofNullable(minSeverity))
                .encode().build().toUriString());
        return "dispatch/screen";
    }
}
