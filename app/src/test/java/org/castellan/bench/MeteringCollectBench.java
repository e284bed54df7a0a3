package org.castellan.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;

import org.castellan.CastellanApplication;
import org.castellan.irz.emulator.EmulatorConfig;
import org.castellan.irz.emulator.EmulatorFleet;
import org.castellan.irz.emulator.ModemEmulator;
import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.ArchiveStore;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterConnection;
import org.castellan.metering.MeterForm;
import org.castellan.metering.MeterService;
import org.castellan.metering.PollPlan;
import org.castellan.metering.PollPlanForm;
import org.castellan.metering.ReadKind;
import org.castellan.metering.ReadQueue;
import org.castellan.metering.Tem106Driver;
import org.castellan.metering.demo.MeterBus;
import org.castellan.modems.GatewayNode;
import org.castellan.modems.Imei;
import org.castellan.modems.Modem;
import org.castellan.modems.ModemForm;
import org.castellan.modems.ModemService;
import org.castellan.modems.Sharing;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.org.OrganizationForm;
import org.castellan.org.Site;
import org.castellan.org.SiteForm;
import org.castellan.platform.CurrentUser;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.tem106.link.InMemoryLink;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 6's collection benchmark: N emulated iRZ modems, each with one emulated TEM-106 meter on its serial side
 * behind a link that adds a round trip to every request-reply, connect to the platform's real gateway over loopback;
 * every meter's store holds its plan's hourly depth except one day (24 records), which the meter holds; then one
 * hourly read is queued for every meter and the time runs until every job is done. One phase per concurrency limit
 * ({@code castellan.metering.concurrency}), each on a fresh embedded PostgreSQL and a fresh platform, in this JVM.
 *
 * <p>Per phase: the wall time from queueing to the last job done, archive records stored per second, rows the
 * database wrote per second ({@code pg_stat_user_tables}: inserted + updated + deleted), requests per second, the mean
 * job time, and CPU in % of one core of this JVM (the platform <i>and</i> the emulated modems and meters:
 * {@code OperatingSystemMXBean.getProcessCpuTime}) and of the PostgreSQL processes ({@code /proc}).
 *
 * <p>Set-up, not timed: modems registered and connected; meters registered (the platform identifies them) and read
 * once for current values (their clock offset: each meter's clock starts a minute past the hour, so no hour closes
 * during a phase); the newest 24 of the plan's 48 hours read from each emulated meter directly (an in-memory link, no
 * gateway) and put in the store through {@link ArchiveStore#store}; the older day is the one to collect.
 *
 * <p>Arguments: {@code data=<dir> meters=<n> latency=<ms per request-reply> limits=<l1,l2,…>}, and {@code
 * jfr=<file>} to record the timed part of each phase with Flight Recorder's profiling settings (one file per phase,
 * the limit added to its name). Prints a table.
 */
public final class MeteringCollectBench {
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final String PASSWORD = "bench-admin-password-1";
    private static final int DEPTH_HOURS = 48;
    private static final int MISSING = 24;
    private static final CurrentUser SYSTEM = CurrentUser.system();

    private MeteringCollectBench() {
    }

    /** One phase's figures. */
    record Result(int limit, int meters, double seconds, long records, long rows, long requests, double jobMean,
                  double jvmCpu, double pgCpu, long failed) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String a : args) {
            opts.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        Path data = Path.of(opts.getOrDefault("data", "app/target/bench-metering"));
        int meters = Integer.parseInt(opts.getOrDefault("meters", "1000"));
        Duration latency = Duration.ofMillis(Long.parseLong(opts.getOrDefault("latency", "20")));
        int[] limits = Arrays.stream(opts.getOrDefault("limits", "16,64,256").split(","))
                .mapToInt(Integer::parseInt).toArray();
        String jfr = opts.get("jfr");
        System.out.printf("metering collect: %d meters, %d ms per request-reply, hourly depth %d h, %d missing%n",
                meters, latency.toMillis(), DEPTH_HOURS, MISSING);
        List<Result> results = new ArrayList<>();
        for (int limit : limits) {
            try {
                results.add(phase(data.resolve("limit-" + limit), meters, latency, limit,
                        jfr == null ? null : Path.of(jfr.replace(".jfr", "") + "-" + limit + ".jfr")));
            } catch (org.castellan.platform.InvalidInputException e) {
                throw new IllegalStateException("refused: " + e.problems(), e);
            }
        }
        print(results, latency);
        System.exit(0); // the embedded PostgreSQL's and the emulators' threads are gone; nothing else to wait for
    }

    static Result phase(Path data, int count, Duration latency, int limit, Path jfr) throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("bench-link-delay").daemon().factory());
        SpringApplication app = new SpringApplication(CastellanApplication.class);
        try (ConfigurableApplicationContext context = app.run("--castellan.data.dir=" + data, "--server.port=0",
                "--castellan.admin.password=" + PASSWORD, "--castellan.gateway.host=127.0.0.1",
                "--castellan.gateway.ports=0", "--castellan.gateway.shared-poller-port=0",
                "--castellan.gateway.poller-ports=OFF", "--castellan.metering.concurrency=" + limit,
                "--castellan.metering.schedule=false", "--logging.level.root=WARN");
             EmulatorFleet fleet = new EmulatorFleet()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Fleet setup = Fleet.build(context, fleet, timer, count);
            setup.prefill(context.getBean(ArchiveStore.class), context.getBean(MeterService.class));
            setup.buses.forEach(bus -> bus.roundTrip(latency));
            long requestsBefore = setup.buses.stream().mapToLong(MeterBus::requests).sum();

            Thread.sleep(11_000); // idle backends flush their statistics after 10 s
            jdk.jfr.Recording recording = null;
            if (jfr != null) {
                recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                recording.setDestination(jfr);
                recording.start();
            }
            long rowsBefore = rowsWritten(jdbc);
            long pgBefore = PostgresCpu.of(data).nanos();
            long cpuBefore = processCpuNanos();
            long started = System.nanoTime();
            Instant queuedAt = Instant.now();
            ReadQueue queue = context.getBean(ReadQueue.class);
            for (Meter meter : setup.meters) {
                queue.enqueue(meter.id(), meter.line(), ReadKind.HOURLY, ReadQueue.ON_DEMAND_PRIORITY, "bench",
                        queuedAt);
            }
            while (jdbc.sql("select count(*) from read_job where state in ('QUEUED', 'RUNNING')").query(Long.class)
                    .single() > 0) {
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long cpu = processCpuNanos() - cpuBefore;
            long pg = PostgresCpu.of(data).nanos() - pgBefore;
            long requests = setup.buses.stream().mapToLong(MeterBus::requests).sum() - requestsBefore;
            if (recording != null) {
                recording.stop();
                recording.close();
            }
            Map<String, Object> jobs = jdbc.sql("""
                    select coalesce(sum(records), 0) records, count(*) filter (where state = 'FAILED') failed,
                           avg(extract(epoch from finished_at - started_at)) mean
                      from read_job where what = 'HOURLY' and requested_by = 'bench'""").query().singleRow();
            Thread.sleep(11_000);
            long rows = rowsWritten(jdbc) - rowsBefore;
            Result result = new Result(limit, count, seconds, ((Number) jobs.get("records")).longValue(), rows,
                    requests, ((Number) jobs.get("mean")).doubleValue(), cpu / 1e9 / seconds * 100,
                    pg / 1e9 / seconds * 100, ((Number) jobs.get("failed")).longValue());
            System.out.printf("phase limit=%d: %.1f s, %d records, %d requests, %d failed%n", limit, seconds,
                    result.records(), requests, result.failed());
            return result;
        } finally {
            timer.shutdownNow();
        }
    }

    private static void print(List<Result> results, Duration latency) {
        System.out.println();
        System.out.println("| limit | meters | time, s | records | records/s | DB rows/s | requests/s | mean job, s"
                + " | JVM CPU, % of a core | PostgreSQL CPU, % | failed | time × limit ÷ first's |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        Result first = results.getFirst();
        for (Result r : results) {
            System.out.printf("| %d | %d | %.1f | %d | %.0f | %.0f | %.0f | %.2f | %.0f | %.0f | %d | %.2f |%n", r.limit(),
                    r.meters(), r.seconds(), r.records(), r.records() / r.seconds(), r.rows() / r.seconds(),
                    r.requests() / r.seconds(), r.jobMean(), r.jvmCpu(), r.pgCpu(), r.failed(),
                    r.seconds() * r.limit() / (first.seconds() * first.limit()));
        }
        System.out.printf("latency-bound lower limit per job: requests per job × %d ms%n", latency.toMillis());
    }

    private static long rowsWritten(JdbcClient jdbc) {
        return jdbc.sql("select coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) from pg_stat_user_tables")
                .query(Long.class).single();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The modems, meters and emulated lines of one phase. */
    record Fleet(List<Meter> meters, List<MeterBus> buses, List<VirtualMeter> emulated) {

        static Fleet build(ConfigurableApplicationContext context, EmulatorFleet fleet,
                           ScheduledExecutorService timer, int count) throws Exception {
            OrgService orgs = context.getBean(OrgService.class);
            ModemService modems = context.getBean(ModemService.class);
            MeterService meterService = context.getBean(MeterService.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Organization org = orgs.createOrganization(SYSTEM, new OrganizationForm("Bench metering", "bench-metering",
                    ZONE.getId()));
            Site site = orgs.createSite(SYSTEM, org.id(), new SiteForm("Bench site", null, ZONE.getId()));
            PollPlan plan = meterService.createPlan(SYSTEM, new PollPlanForm(org.id(), "Bench: hourly", null, null,
                    DEPTH_HOURS, null, 1, null, 1, null, null, false, 3, Duration.ofSeconds(10), null, null));
            InetSocketAddress server = new InetSocketAddress("127.0.0.1",
                    context.getBean(GatewayNode.class).modemPorts().getFirst());
            // a minute past the hour: no hour closes on the meters' clocks while a phase runs
            LocalDateTime start = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.HOURS).plusMinutes(1);
            MeterProfile base = MeterProfile.defaults();
            List<Modem> registered = new ArrayList<>();
            List<MeterBus> buses = new ArrayList<>();
            List<VirtualMeter> emulated = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String digits = "86200007" + String.format("%06d", i);
                String imei = digits + Imei.checkDigit(digits);
                registered.add(modems.register(SYSTEM, new ModemForm(imei, 0, org.id(), site.id(), null,
                        "Bench modem " + i, null, "ATM21.A", null, Sharing.TURNS, null)));
                VirtualMeter meter = new VirtualMeter(new MeterProfile(1, 300_000 + i, base.flashSize(),
                        base.systems(), 1, start, Duration.ofDays(3), 1, i), Clock.systemUTC());
                MeterBus bus = new MeterBus(List.of(meter), Duration.ZERO, timer);
                emulated.add(meter);
                buses.add(bus);
                fleet.add(EmulatorConfig.builder(server, imei).field("DEV", "ATM21.A").build(), bus);
            }
            fleet.modems().forEach(ModemEmulator::connect);
            await(jdbc, "select count(*) = " + count + " from modem where online", Duration.ofSeconds(60));
            System.out.printf("  %d modems registered, emulated and online in %.1f s%n", count,
                    (System.nanoTime() - t0) / 1e9);

            t0 = System.nanoTime();
            ReadQueue queue = context.getBean(ReadQueue.class);
            List<Meter> meters = new ArrayList<>();
            for (Modem modem : registered) {
                Meter meter = meterService.register(SYSTEM, new MeterForm(org.id(), site.id(), null,
                        "Bench meter " + modem.imei(), MeterConnection.MODEM, modem.id(), null, null, null, null, 1,
                        ZONE.getId(), plan.id(), null, null, null, null, null, 1, 1, null, null));
                queue.enqueue(meter.id(), meter.line(), ReadKind.CURRENT, ReadQueue.PLAN_PRIORITY, null,
                        Instant.now());
                meters.add(meter);
            }
            await(jdbc, "select count(*) = 0 from read_job where state in ('QUEUED', 'RUNNING')",
                    Duration.ofMinutes(5));
            long failed = jdbc.sql("select count(*) from read_job where state = 'FAILED'").query(Long.class).single();
            if (failed > 0) {
                throw new IllegalStateException(failed + " identify or current reads failed in the set-up");
            }
            List<Meter> read = meters.stream().map(m -> meterService.meter(SYSTEM, m.id())).toList();
            System.out.printf("  %d meters registered, identified and read for their clocks in %.1f s%n", count,
                    (System.nanoTime() - t0) / 1e9);
            return new Fleet(read, buses, emulated);
        }

        /**
         * Stores the newest day of the plan's 48 hours from each meter, read directly from the emulated meter; the
         * older day stays missing. The hours are those {@code ReadExecution} asks for: the plan's depth up to the last
         * hour the meter's clock has closed.
         */
        void prefill(ArchiveStore store, MeterService meterService) throws Exception {
            long t0 = System.nanoTime();
            Instant now = Instant.now();
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                List<Future<Integer>> stored = new ArrayList<>();
                for (int i = 0; i < meters.size(); i++) {
                    Meter meter = meters.get(i);
                    VirtualMeter emulator = emulated.get(i);
                    stored.add(pool.submit(() -> {
                        LocalDateTime last = ArchiveInterval.HOURLY.previous(ArchiveInterval.HOURLY.floor(
                                meter.meterNow(now), meter.reportingDay()));
                        LocalDateTime first = last.minusHours(DEPTH_HOURS - MISSING - 1);
                        List<ArchiveEntry> entries = readDirectly(emulator, first, last);
                        if (entries.size() != DEPTH_HOURS - MISSING) {
                            throw new IllegalStateException("meter " + meter.name() + " holds " + entries.size()
                                    + " hourly records in " + first + ".." + last);
                        }
                        return store.store(meter.id(), entries);
                    }));
                }
                long total = 0;
                for (Future<Integer> f : stored) {
                    total += f.get();
                }
                System.out.printf("  %d hourly records stored (%d per meter, the older %d hours left out) in %.1f s%n",
                        total, DEPTH_HOURS - MISSING, MISSING, (System.nanoTime() - t0) / 1e9);
            }
        }

        private static List<ArchiveEntry> readDirectly(VirtualMeter emulator, LocalDateTime first,
                                                       LocalDateTime last) {
            InMemoryLink.Pair pair = InMemoryLink.pair();
            MeterBus bus = MeterBus.of(emulator);
            Thread pump = Thread.ofVirtual().start(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        byte[] chunk = pair.meter().receive(Duration.ofSeconds(1));
                        if (chunk.length > 0) {
                            bus.onBytes(chunk, reply -> {
                                try {
                                    pair.meter().send(reply);
                                } catch (IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            });
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // the master closed the link
                }
            });
            try {
                return new Tem106Driver().open(pair.master(), 1).archive(ArchiveInterval.HOURLY, first, last, 1);
            } finally {
                pump.interrupt();
                pair.master().close();
            }
        }
    }

    private static void await(JdbcClient jdbc, String condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!jdbc.sql("select " + condition.substring("select ".length())).query(Boolean.class).single()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + limit + ": " + condition);
            }
            Thread.sleep(200);
        }
    }

    /** CPU time of the embedded PostgreSQL: the postmaster, its live children and the children it has reaped. */
    record PostgresCpu(long nanos) {
        private static final long TICK_NANOS = 10_000_000; // USER_HZ is 100 on Linux

        static PostgresCpu of(Path data) throws IOException {
            Path pidFile = data.resolve("postgres/cluster/postmaster.pid");
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
            long ticks = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                    String[] fields = stat(proc);
                    if (fields == null) {
                        continue;
                    }
                    long pid = Long.parseLong(proc.getFileName().toString());
                    long ppid = Long.parseLong(fields[1]);
                    if (pid == postmaster || ppid == postmaster) {
                        // fields after "(comm)": state ppid … utime(12) stime(13) cutime(14) cstime(15)
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                        if (pid == postmaster) {
                            ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
                        }
                    }
                }
            }
            return new PostgresCpu(ticks * TICK_NANOS);
        }

        private static String[] stat(Path proc) {
            try {
                String stat = Files.readString(proc.resolve("stat"));
                return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            } catch (IOException e) {
                return null; // the process ended meanwhile
            }
        }
    }
}
