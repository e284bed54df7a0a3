package org.castellan.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.castellan.CastellanApplication;
import org.castellan.events.Event;
import org.castellan.events.EventJournal;
import org.castellan.events.EventObserver;
import org.castellan.events.EventSeverity;
import org.castellan.events.NewEvent;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.org.OrganizationForm;
import org.castellan.org.Site;
import org.castellan.org.SiteForm;
import org.castellan.platform.CurrentUser;
import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 5's benchmark: sustained event ingest into PostgreSQL through {@link EventJournal#submit} with every
 * {@link EventObserver} of the application (alarm rules, notification rules) active, against a plain batched
 * {@code COPY} of the same rows in the same run; then the time from an event's submission to its arrival on a
 * connected live stream ({@code /api/v1/events/stream}, what the dispatch console's EventSource reads) while events
 * arrive at the goal rate. The whole platform runs in this JVM on the embedded PostgreSQL (a fresh data directory).
 *
 * <p>Arguments: {@code data=<dir> events=<n> rate=<events/s> seconds=<s>}. Prints one line per figure.
 */
public final class EventIngestBench {
    private static final Pattern MESSAGE = Pattern.compile("\"message\":\"bench ([0-9]+) ");
    private static final String PASSWORD = "bench-admin-password-1";

    private EventIngestBench() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (org.castellan.platform.InvalidInputException e) {
            throw new IllegalStateException("refused: " + e.problems(), e);
        }
    }

    static void run(String[] args) throws Exception {
        Map<String, String> opts = new ConcurrentHashMap<>();
        for (String a : args) {
            opts.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        int events = Integer.parseInt(opts.getOrDefault("events", "200000"));
        int rate = Integer.parseInt(opts.getOrDefault("rate", "5000"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "30"));
        Path data = Path.of(opts.getOrDefault("data", "app/target/bench-events"));

        SpringApplication app = new SpringApplication(CastellanApplication.class);
        // command-line arguments: they outrank application.yml, whose data directory is the demo's
        try (ConfigurableApplicationContext context = app.run("--castellan.data.dir=" + data, "--server.port=0",
                "--castellan.admin.password=" + PASSWORD, "--castellan.gateway.enabled=false",
                "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            EventJournal journal = context.getBean(EventJournal.class);
            OrgService orgs = context.getBean(OrgService.class);
            List<String> observers = context.getBeanProvider(EventObserver.class).orderedStream()
                    .map(o -> o.getClass().getSimpleName()).toList();
            Fleet ingestFleet = Fleet.create(orgs, "ingest");
            Fleet copyFleet = Fleet.create(orgs, "copy");
            Fleet liveFleet = Fleet.create(orgs, "live");
            System.out.println("observers " + observers);

            io.micrometer.core.instrument.MeterRegistry meters =
                    context.getBean(io.micrometer.core.instrument.MeterRegistry.class);
            ingest(journal, meters, ingestFleet, 20_000, 0); // warm-up: JIT, plans, partitions
            double ingestRate = ingest(journal, meters, ingestFleet, events, 1);
            double copyRate = copy(context.getBean(DataSource.class), copyFleet, events);
            System.out.printf("ingest events=%d rate=%.0f/s copy=%.0f/s ratio=%.2f%n", events, ingestRate, copyRate,
                    ingestRate / copyRate);
            alarms(context.getBean(DataSource.class), ingestFleet);
            search(journal, context.getBean(DataSource.class), ingestFleet);
            live(journal, liveFleet, port, Math.min(rate, (int) ingestRate), seconds);
        }
    }

    /** Organizations, sites and the event mix: mostly access events, some modem inputs that raise alarms. */
    record Fleet(long orgId, long[] sites) {
        static Fleet create(OrgService orgs, String name) {
            CurrentUser system = CurrentUser.system();
            Organization org = orgs.createOrganization(system, new OrganizationForm("Bench " + name,
                    "bench-" + name + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36), "Europe/Moscow"));
            long[] sites = new long[20];
            for (int i = 0; i < sites.length; i++) {
                Site site = orgs.createSite(system, org.id(), new SiteForm("Site " + i, null, "Europe/Moscow"));
                sites[i] = site.id();
            }
            return new Fleet(org.id(), sites);
        }

        NewEvent event(int n, Instant at) {
            long site = sites[n % sites.length];
            int kind = n % 100;
            if (kind == 0) { // 1 %: a modem's input changes — an alarm rule raises or repeats an alarm
                int modem = n / 100 % 50;
                return NewEvent.of(orgId, at, "modem.gpi", EventSeverity.MINOR, "bench " + n + " modem " + modem
                        + ": GPI 1=" + (n / 100 % 2)).device(9_000_000L + modem, site, null).source("gateway")
                        .data(Map.of("gpi1", n / 100 % 2, "gpio", "0" + (n / 100 % 2)));
            }
            if (kind < 4) { // 3 %: denied
                return NewEvent.of(orgId, at, "access.denied", EventSeverity.WARNING, "bench " + n
                        + " доступ запрещён: карта 0042" + (n % 977)).device(8_000_000L + n % 400, site, null)
                        .person(n % 5000).data(Map.of("reason", "schedule", "card", "0042" + (n % 977)));
            }
            return NewEvent.of(orgId, at, "access.granted", EventSeverity.INFO, "bench " + n
                    + " проход разрешён, вход 通道" + (n % 12)).device(8_000_000L + n % 400, site, null)
                    .person(n % 5000).data(Map.of("direction", n % 2 == 0 ? "in" : "out", "card", "0042" + (n % 977)));
        }
    }

    /** Submits {@code n} events from two producers as fast as the journal takes them; events/s until all stored. */
    static double ingest(EventJournal journal, io.micrometer.core.instrument.MeterRegistry meters, Fleet fleet, int n,
                         int round) throws Exception {
        double dispatchedBefore = meters.counter("castellan.events.dispatched").count();
        Instant base = Instant.now().minusSeconds(3600);
        long start = System.nanoTime();
        CountDownLatch done = new CountDownLatch(2);
        CompletableFuture<?>[] tails = new CompletableFuture<?>[2];
        for (int p = 0; p < 2; p++) {
            int producer = p;
            Thread.ofPlatform().start(() -> {
                CompletableFuture<Event> tail = null;
                for (int i = producer; i < n; i += 2) {
                    tail = journal.submit(fleet.event(i, base.plusMillis(i)));
                }
                tails[producer] = tail;
                done.countDown();
            });
        }
        done.await();
        CompletableFuture.allOf(tails).join();
        double stored = (System.nanoTime() - start) / 1e9;
        // the rate counts an event once every observer (alarm rules, notification rules) has seen it
        while (meters.counter("castellan.events.dispatched").count() - dispatchedBefore < n) {
            Thread.sleep(1);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (round > 0) {
            System.out.printf("submit: %d events stored in %.2f s, seen by every observer in %.2f s%n", n, stored,
                    seconds);
        }
        return n / seconds;
    }

    /** The same rows by COPY … FROM STDIN (FORMAT csv), 1,000 rows per statement, autocommit. */
    static double copy(DataSource dataSource, Fleet fleet, int n) throws Exception {
        Instant base = Instant.now().minusSeconds(3600);
        List<String> batches = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            NewEvent e = fleet.event(i, base.plusMillis(i));
            sb.append(e.orgId()).append(',').append(e.occurredAt()).append(',').append(e.type()).append(',')
                    .append(e.severity()).append(',').append(e.deviceId() == null ? "" : e.deviceId()).append(',')
                    .append(e.personId() == null ? "" : e.personId()).append(',').append(e.siteId()).append(",,")
                    .append(e.source() == null ? "" : e.source()).append(',').append(csv(e.message())).append(',')
                    .append(csv(org.castellan.platform.Json.write(e.data()))).append('\n');
            if ((i + 1) % 1000 == 0 || i == n - 1) {
                batches.add(sb.toString());
                sb.setLength(0);
            }
        }
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            var copier = c.unwrap(PGConnection.class).getCopyAPI();
            for (String batch : batches) {
                copier.copyIn("copy event (org_id, occurred_at, type, severity, device_id, person_id, site_id, zone_id,"
                        + " source, message, data) from stdin (format csv)", new StringReader(batch));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("copy: %d rows in %.2f s%n", n, seconds);
        return n / seconds;
    }

    private static String csv(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** What the alarm rules made of the run's modem inputs: open alarms and how often they repeated. */
    static void alarms(DataSource dataSource, Fleet fleet) throws Exception {
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery("select count(*), coalesce(sum(count), 0) from alarm"
                     + " where org_id = " + fleet.orgId())) {
            rs.next();
            System.out.printf("alarms: %d open, raised or repeated %d times%n", rs.getLong(1), rs.getLong(2));
        }
    }

    /** Keyset pages over the whole journal: the first page by site and by words, and the 200th page. */
    static void search(EventJournal journal, DataSource dataSource, Fleet fleet) throws Exception {
        CurrentUser system = CurrentUser.system();
        org.castellan.events.EventFilter bySite = org.castellan.events.EventFilter.latest(100).site(fleet.sites()[3]);
        org.castellan.events.EventFilter byText = org.castellan.events.EventFilter.latest(100).org(fleet.orgId())
                .text("карта 00421");
        org.castellan.events.EventFilter all = org.castellan.events.EventFilter.latest(100).org(fleet.orgId());
        for (int round = 0; round < 2; round++) { // the second round is the one reported: plans and cache warm
            long t0 = System.nanoTime();
            journal.search(system, bySite);
            long t1 = System.nanoTime();
            journal.search(system, byText);
            long t2 = System.nanoTime();
            org.castellan.events.EventPage page = journal.search(system, all);
            for (int i = 1; i < 200; i++) {
                page = journal.search(system, all.after(org.castellan.events.EventCursor.parse(page.next())));
            }
            long t3 = System.nanoTime();
            journal.search(system, all.after(org.castellan.events.EventCursor.parse(page.next())));
            long t4 = System.nanoTime();
            if (round == 1) {
                System.out.printf("search: journal %d rows; first page by site %.1f ms, by words %.1f ms,"
                                + " 200 pages %.0f ms, page 201 %.1f ms%n", rows(dataSource), ms(t1 - t0),
                        ms(t2 - t1), ms(t3 - t2), ms(t4 - t3));
            }
        }
    }

    private static long rows(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery("select count(*) from event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Events at {@code rate}/s for {@code seconds}; each one's delay from submission to the live stream. */
    static void live(EventJournal journal, Fleet fleet, int port, int rate, int seconds) throws Exception {
        int total = rate * seconds;
        long[] submitted = new long[total];
        long[] received = new long[total];
        AtomicLong arrivals = new AtomicLong();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/events/stream?orgId=" + fleet.orgId()))
                .header("Authorization", "Basic " + auth).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            throw new IOException("stream answered " + response.statusCode());
        }
        CountDownLatch connected = new CountDownLatch(1);
        Thread reader = Thread.ofPlatform().name("sse-reader").start(() -> {
            try {
                response.body().forEach(line -> {
                    if (line.startsWith(":connected")) {
                        connected.countDown();
                    } else if (line.startsWith("data:")) {
                        Matcher m = MESSAGE.matcher(line);
                        if (m.find()) {
                            int seq = Integer.parseInt(m.group(1));
                            if (seq < total) {
                                received[seq] = System.nanoTime();
                                arrivals.incrementAndGet();
                            }
                        }
                    }
                });
            } catch (RuntimeException end) {
                // the client is shut down at the end
            }
        });
        connected.await(10, TimeUnit.SECONDS);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        Instant base = Instant.now();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now);
            }
            submitted[i] = System.nanoTime();
            journal.submit(fleet.event(i, base.plusNanos(i * interval)));
        }
        double took = (System.nanoTime() - start) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (arrivals.get() < total && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        client.shutdownNow();
        reader.interrupt();
        long[] delays = new long[total];
        int lost = 0;
        for (int i = 0; i < total; i++) {
            if (received[i] == 0) {
                lost++;
                delays[i] = Long.MAX_VALUE;
            } else {
                delays[i] = received[i] - submitted[i];
            }
        }
        Arrays.sort(delays);
        System.out.printf("live: rate=%d/s offered=%.0f/s events=%d missing=%d p50=%.1f ms p99=%.1f ms max=%s%n", rate,
                total / took, total, lost, ms(delays[total / 2]), ms(delays[(int) (total * 0.99)]),
                lost > 0 ? "lost" : String.format("%.1f ms", ms(delays[total - 1])));
    }

    private static double ms(long nanos) {
        return nanos == Long.MAX_VALUE ? Double.NaN : nanos / 1e6;
    }

}
