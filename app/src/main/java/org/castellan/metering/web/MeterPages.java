package org.castellan.metering.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.castellan.alarms.Alarm;
import org.castellan.alarms.AlarmFilter;
import org.castellan.alarms.AlarmService;
import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.CurrentEntry;
import org.castellan.metering.CurrentStore;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterReadings;
import org.castellan.metering.MeterService;
import org.castellan.metering.MeterSystemInfo;
import org.castellan.metering.PollPlan;
import org.castellan.metering.ReadExecution;
import org.castellan.metering.ReadJob;
import org.castellan.metering.ReadKind;
import org.castellan.metering.SystemEntry;
import org.castellan.org.OrgService;
import org.castellan.org.Site;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.LiveFeed;
import org.castellan.platform.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's heat meters: the list (last values, status, last successful read, hourly gaps; filter by site; CSV),
 * a meter's page (facts, current values, charts, archive table with CSV, gaps, open alarms, read jobs, "read now"
 * with live progress from {@code /meters/stream}). The forms are {@link MeterFormPages}; plans and the queue
 * {@link PlanPages}. Scope and roles are checked by {@link MeterService} and {@link MeterReadings}.
 */
@Controller
class MeterPages {
    /** Archive rows per page of the meter page's table. */
    static final int ARCHIVE_PAGE = 100;
    static final int JOBS_SHOWN = 15;
    static final int GAPS_SHOWN = 50;

    private final MeterService meters;
    private final MeterReadings readings;
    private final OrgService orgs;
    private final AlarmService alarms;
    private final LiveFeed feed;
    private final Clock clock;

    MeterPages(MeterService meters, MeterReadings readings, OrgService orgs, AlarmService alarms, LiveFeed feed,
               Clock clock) {
        this.meters = meters;
        this.readings = readings;
        this.orgs = orgs;
        this.alarms = alarms;
        this.feed = feed;
        this.clock = clock;
    }

    @GetMapping("/meters")
    String list(CurrentUser me, @RequestParam(required = false) Long siteId, Model model) {
        model.addAttribute("rows", rows(me, siteId));
        model.addAttribute("siteId", siteId);
        model.addAttribute("sites", orgs.allSites(me));
        model.addAttribute("siteNames", siteNames(me));
        model.addAttribute("planNames", planNames(me));
        model.addAttribute("canEdit", me.hasAny(Role.ADMIN, Role.ENGINEER));
        return "meters/list";
    }

    @GetMapping("/meters/export.csv")
    ResponseEntity<byte[]> export(CurrentUser me, @RequestParam(required = false) Long siteId) {
        List<MeterRow> rows = rows(me, siteId);
        Map<Long, String> sites = siteNames(me);
        Map<Long, String> plans = planNames(me);
        return csv("meters.csv", out -> MeterCsv.writeList(rows, sites, plans, out));
    }

    @GetMapping("/meters/{id}")
    String meter(@PathVariable long id, CurrentUser me, @RequestParam(defaultValue = "HOURLY") ArchiveInterval interval,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        Meter meter = meters.meter(me, id);
        LocalDateTime now = meter.meterNow(clock.instant());
        model.addAttribute("meter", meter);
        model.addAttribute("site", meter.siteId() == null ? null : orgs.site(me, meter.siteId()));
        model.addAttribute("plan", meter.planId() == null ? null : meters.plan(me, meter.planId()));
        model.addAttribute("status", MeterStatus.of(meter));
        CurrentStore.Snapshot current = readings.current(me, id).orElse(null);
        model.addAttribute("current", current);
        model.addAttribute("channels", channels(current == null ? null : current.values()));
        model.addAttribute("integrators", readings.newest(me, id, ArchiveInterval.HOURLY, 1).stream().findFirst()
                .orElse(null));
        charts(me, meter, model);
        Map<ArchiveInterval, List<MeterReadings.GapView>> gaps = new LinkedHashMap<>();
        for (ArchiveInterval i : ArchiveInterval.values()) {
            gaps.put(i, readings.gaps(me, id, i));
        }
        model.addAttribute("gaps", gaps);
        model.addAttribute("gapsShown", GAPS_SHOWN);
        model.addAttribute("alarms", alarms(me, meter));
        model.addAttribute("statementMonth", YearMonth.from(now).minusMonths(1).toString());
        model.addAttribute("kinds", List.of(ReadKind.CURRENT, ReadKind.HOURLY, ReadKind.DAILY, ReadKind.MONTHLY));
        model.addAttribute("canEdit", me.hasAny(Role.ADMIN, Role.ENGINEER));
        archive(me, meter, interval, page, model);
        model.addAttribute("jobs", meters.jobs(me, id, JOBS_SHOWN));
        return "meters/meter";
    }

    /** The charts alone, redrawn when a read is done. */
    @GetMapping("/meters/{id}/charts")
    String charts(@PathVariable long id, CurrentUser me, Model model) {
        Meter meter = meters.meter(me, id);
        model.addAttribute("meter", meter);
        charts(me, meter, model);
        return "meters/meter :: charts";
    }

    private void charts(CurrentUser me, Meter meter, Model model) {
        LocalDateTime now = meter.meterNow(clock.instant());
        List<ArchiveEntry> hourly = readings.archive(me, meter.id(), ArchiveInterval.HOURLY,
                MeterCharts.hourlyFrom(now), now);
        List<ArchiveEntry> daily = readings.archive(me, meter.id(), ArchiveInterval.DAILY, MeterCharts.dailyFrom(now),
                now);
        model.addAttribute("charts", MeterCharts.of(meter, now, hourly, daily));
        model.addAttribute("chartWidth", SvgChart.WIDTH);
        model.addAttribute("chartHeight", SvgChart.HEIGHT);
    }

    /** The archive table alone, for its tabs and pages and for reloading it when a read is done. */
    @GetMapping("/meters/{id}/archive")
    String archiveTable(@PathVariable long id, CurrentUser me,
                        @RequestParam(defaultValue = "HOURLY") ArchiveInterval interval,
                        @RequestParam(defaultValue = "0") int page, Model model) {
        Meter meter = meters.meter(me, id);
        model.addAttribute("meter", meter);
        archive(me, meter, interval, page, model);
        return "meters/meter :: archive";
    }

    /** The read jobs table alone, reloaded when the page's live stream (re)connects and when a read ends. */
    @GetMapping("/meters/{id}/jobs")
    String jobs(@PathVariable long id, CurrentUser me, Model model) {
        model.addAttribute("meter", meters.meter(me, id));
        model.addAttribute("jobs", meters.jobs(me, id, JOBS_SHOWN));
        return "meters/meter :: jobs";
    }

    @GetMapping("/meters/{id}/archive.csv")
    ResponseEntity<byte[]> archiveCsv(@PathVariable long id, CurrentUser me,
                                      @RequestParam(defaultValue = "HOURLY") ArchiveInterval interval,
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to) {
        Meter meter = meters.meter(me, id);
        LocalDateTime end = to != null ? to : meter.meterNow(clock.instant());
        LocalDateTime start = from != null ? from : ArchiveRange.defaultFrom(interval, end);
        List<ArchiveRow> rows = readings.archive(me, id, interval, start, end).stream()
                .map(e -> ArchiveRow.of(meter, e)).toList();
        List<Integer> systems = systems(meter, rows);
        return csv("meter-" + id + "-" + interval.name().toLowerCase() + ".csv",
                out -> MeterCsv.writeArchive(interval, systems, rows, out));
    }

    /**
     * "Read now". From htmx the page stays (and its live stream with it) and gets the jobs table back with the new
     * read in it; a plain form post comes back to the meter page.
     */
    @PostMapping("/meters/{id}/read")
    String readNow(@PathVariable long id, CurrentUser me, @RequestParam ReadKind what,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                   RedirectAttributes redirect) {
        ReadJob job = meters.readNow(me, id, what);
        if (htmx != null) {
            model.addAttribute("meter", meters.meter(me, id));
            model.addAttribute("jobs", meters.jobs(me, id, JOBS_SHOWN));
            return "meters/meter :: jobs";
        }
        redirect.addFlashAttribute("requested", job);
        return "redirect:/meters/" + id + (what.interval().map(i -> "?interval=" + i.name()).orElse(""));
    }

    /**
     * Read progress of the meters the viewer may see ({@link ReadExecution#TOPIC}: jobId, meterId, what, state,
     * done, total, records, error), of one meter when {@code meterId} is given.
     */
    @GetMapping(path = "/meters/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(CurrentUser me, @RequestParam(required = false) Long meterId) {
        if (meterId == null) {
            return feed.subscribe(Set.of(ReadExecution.TOPIC), me::canSee);
        }
        meters.meter(me, meterId);
        long wanted = meterId;
        return feed.subscribe(Set.of(ReadExecution.TOPIC), me::canSee,
                value -> value instanceof Map<?, ?> m && m.get("meterId") instanceof Number n && n.longValue() == wanted);
    }

    /** Puts a page of the archive table, newest first, into the model; pages reach back {@link MeterReadings#MAX_RECORDS}. */
    private void archive(CurrentUser me, Meter meter, ArchiveInterval interval, int requestedPage, Model model) {
        int page = Math.clamp(requestedPage, 0, MeterReadings.MAX_RECORDS / ARCHIVE_PAGE - 1);
        List<ArchiveEntry> newest = readings.newest(me, meter.id(), interval, (page + 1) * ARCHIVE_PAGE + 1);
        List<ArchiveRow> rows = newest.stream().skip((long) page * ARCHIVE_PAGE).limit(ARCHIVE_PAGE)
                .map(e -> ArchiveRow.of(meter, e)).toList();
        model.addAttribute("interval", interval);
        model.addAttribute("intervals", ArchiveInterval.values());
        model.addAttribute("page", page);
        model.addAttribute("hasNext", newest.size() > (page + 1) * ARCHIVE_PAGE);
        model.addAttribute("archiveRows", rows);
        model.addAttribute("archiveSystems", systems(meter, rows));
    }

    /** One row per channel of the current values: t, P, G (volume), G (mass); nulls where the meter has none. */
    static List<List<Float>> channels(CurrentEntry values) {
        if (values == null) {
            return List.of();
        }
        int count = Math.max(Math.max(values.temperatures().size(), values.pressures().size()),
                Math.max(values.volumeFlows().size(), values.massFlows().size()));
        List<List<Float>> rows = new ArrayList<>();
        for (int c = 1; c <= count; c++) {
            List<Float> row = new ArrayList<>();
            row.add(MeterRow.number(CurrentEntry.channel(values.temperatures(), c)));
            row.add(MeterRow.number(CurrentEntry.channel(values.pressures(), c)));
            row.add(MeterRow.number(CurrentEntry.channel(values.volumeFlows(), c)));
            row.add(MeterRow.number(CurrentEntry.channel(values.massFlows(), c)));
            rows.add(row);
        }
        return rows;
    }

    private List<Alarm> alarms(CurrentUser me, Meter meter) {
        return alarms.active(me, new AlarmFilter(meter.orgId(), null, null, null)).stream()
                .filter(a -> a.deviceId() != null && a.deviceId() == meter.deviceId()).toList();
    }

    private List<MeterRow> rows(CurrentUser me, Long siteId) {
        return readings.summaries(me, null, siteId).stream().map(MeterRow::of).toList();
    }

    private Map<Long, String> siteNames(CurrentUser me) {
        return orgs.allSites(me).stream().collect(Collectors.toMap(Site::id, Site::name, (a, b) -> a));
    }

    private Map<Long, String> planNames(CurrentUser me) {
        return meters.plans(me).stream().collect(Collectors.toMap(PollPlan::id, PollPlan::name, (a, b) -> a));
    }

    /** The systems the archive columns show: the meter's configured ones, or those the records hold. */
    static List<Integer> systems(Meter meter, List<ArchiveRow> rows) {
        Set<Integer> numbers = new TreeSet<>();
        meter.systems().stream().map(MeterSystemInfo::number).forEach(numbers::add);
        if (numbers.isEmpty()) {
            rows.forEach(r -> r.systems().stream().map(SystemEntry::number).forEach(numbers::add));
        }
        return List.copyOf(numbers);
    }

    interface CsvBody {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** A CSV download: written to memory first (at most {@link MeterReadings#MAX_RECORDS} rows) and sent whole. */
    static ResponseEntity<byte[]> csv(String filename, CsvBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(out.toByteArray());
    }
}
