package org.castellan.metering;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.platform.LiveFeed;
import org.castellan.tem106.link.Link;
import org.springframework.stereotype.Component;

/**
 * Carries out one claimed read job: opens the meter's line, talks to it through its make's driver, stores what it
 * read, and reports progress on the live feed (topic {@value #TOPIC}) and in the job row.
 *
 * <p>An archive read asks only for what the store lacks: the missing periods within the plan's depth, up to the last
 * period the meter has closed by its own clock, minus the periods given up or still pausing after earlier misses
 * ({@link ArchiveGaps}); consecutive missing periods are asked for in one walk of at most
 * {@code castellan.metering.run-periods}. A meter not identified yet is identified first.
 *
 * <p><b>Threading:</b> stateless; one job per call, any thread.
 */
@Component
public class ReadExecution {
    public static final String TOPIC = "metering";
    private static final Logger LOG = System.getLogger(ReadExecution.class.getName());

    private final MeterRepository meters;
    private final ArchiveStore archive;
    private final ArchiveGaps gaps;
    private final CurrentStore current;
    private final ReadQueue queue;
    private final MeterLines lines;
    private final Map<String, MeterDriver> drivers;
    private final List<MeterReadListener> listeners;
    private final LiveFeed feed;
    private final MeteringProperties properties;
    private final Clock clock;

    ReadExecution(MeterRepository meters, ArchiveStore archive, ArchiveGaps gaps, CurrentStore current,
                  ReadQueue queue, MeterLines lines, List<MeterDriver> drivers, List<MeterReadListener> listeners,
                  LiveFeed feed, MeteringProperties properties, Clock clock) {
        this.meters = meters;
        this.archive = archive;
        this.gaps = gaps;
        this.current = current;
        this.queue = queue;
        this.lines = lines;
        this.drivers = drivers.stream().collect(java.util.stream.Collectors.toMap(MeterDriver::make, d -> d));
        this.listeners = listeners;
        this.feed = feed;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a job came to. */
    public record Outcome(boolean ok, int records, int requests, String error) {
    }

    /** Runs a claimed job to its end (done, queued again or failed) and returns what it came to. */
    public Outcome execute(ReadJob job) {
        Meter meter = meters.byId(job.meterId()).orElse(null);
        if (meter == null) {
            queue.failed(job.id(), "the meter was removed", 0, clock.instant(), null);
            return new Outcome(false, 0, 0, "the meter was removed");
        }
        PollPlan plan = meter.planId() == null ? null : meters.plan(meter.planId()).orElse(null);
        Progress progress = new Progress(job, meter);
        int requests = 0;
        try (Link link = lines.open(meter)) {
            MeterDriver driver = drivers.get(meter.make());
            if (driver == null) {
                throw new MeterReadException("no driver for make " + meter.make());
            }
            MeterSession session = driver.open(link, meter.address());
            try {
                meter = identifyIfNeeded(meter, session, job.what() == ReadKind.IDENTIFY);
                switch (job.what()) {
                    case IDENTIFY -> progress.step(1, 1, 0);
                    case CURRENT -> readCurrent(meter, session, progress);
                    case HOURLY, DAILY, MONTHLY -> {
                        if (meter.clockOffsetSeconds() == null) {
                            // which periods the meter has closed is a matter of its clock, not ours: learn it first
                            readCurrent(meter, session, progress);
                            meter = meters.byId(meter.id()).orElseThrow();
                        }
                        readArchive(meter, plan, job.what().interval().orElseThrow(), session, progress);
                    }
                }
            } finally {
                requests = session.requests();
            }
            Instant at = clock.instant();
            meters.attempted(meter.id(), at, null);
            queue.done(job.id(), progress.records, at);
            publish(job, meter, "DONE", progress, null);
            Meter read = meters.byId(meter.id()).orElseThrow(); // as the read left it, once for every listener
            for (MeterReadListener listener : listeners) {
                notify(() -> listener.readSucceeded(read, at));
            }
            return new Outcome(true, progress.records, requests, null);
        } catch (IOException | RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Instant at = clock.instant();
            meters.attempted(meter.id(), at, error);
            int maxAttempts = plan == null ? 3 : plan.maxAttempts();
            Duration pause = plan == null ? Duration.ofMinutes(1) : plan.backoff(job.attempts());
            Instant retry = job.attempts() < maxAttempts ? at.plus(pause) : null;
            queue.failed(job.id(), error, progress.records, at, retry);
            publish(job, meter, retry == null ? "FAILED" : "RETRYING", progress, error);
            if (!(e instanceof MeterReadException)) {
                LOG.log(Level.WARNING, "read job " + job.id() + " of meter " + meter.id() + " failed", e);
            }
            return new Outcome(false, progress.records, requests, error);
        }
    }

    private Meter identifyIfNeeded(Meter meter, MeterSession session, boolean always) {
        if (!always && !meter.systems().isEmpty()) {
            return meter;
        }
        MeterIdentity identity = session.identify();
        List<MeterSystemInfo> systems = session.systems();
        meters.identified(meter.id(), identity.model(), identity.serialNumber(), systems, clock.instant());
        return meters.byId(meter.id()).orElseThrow();
    }

    private void readCurrent(Meter meter, MeterSession session, Progress progress) {
        CurrentEntry values = session.current();
        Instant at = clock.instant();
        current.save(meter.id(), at, values);
        long offset = Duration.between(LocalDateTime.ofInstant(at, meter.timeZone()), values.meterClock()).toSeconds();
        meters.clockOffset(meter.id(), offset);
        progress.step(1, 1, 0);
        Meter updated = meters.byId(meter.id()).orElseThrow();
        for (MeterReadListener listener : listeners) {
            notify(() -> listener.currentRead(updated, values, at));
        }
    }

    private void readArchive(Meter meter, PollPlan plan, ArchiveInterval interval, MeterSession session,
            Progress progress) {
        Instant now = clock.instant();
        LocalDateTime meterNow = meter.meterNow(now);
        LocalDateTime last = interval.previous(interval.floor(meterNow, meter.reportingDay()));
        int depth = plan == null ? MeterReadings.defaultDepth(interval) : plan.depth(interval);
        LocalDateTime first = last;
        for (int i = 1; i < depth; i++) {
            first = interval.previous(first);
        }
        int maxAttempts = plan == null ? 3 : plan.maxAttempts();
        List<LocalDateTime> wanted = ArchiveGaps.due(gaps.missing(meter.id(), interval, first, last), maxAttempts,
                plan, now).stream().map(ArchiveGaps.Gap::start).toList();
        List<ArchiveGaps.Run> runs = ArchiveGaps.runs(interval, wanted, properties.runPeriods());
        int total = wanted.size();
        int done = 0;
        progress.step(0, total, 0);
        for (ArchiveGaps.Run run : runs) {
            List<ArchiveEntry> read = session.archive(interval, run.first(), run.last(), meter.reportingDay());
            int stored = archive.store(meter.id(), read);
            Set<LocalDateTime> got = new HashSet<>();
            read.forEach(e -> got.add(e.periodStart()));
            List<LocalDateTime> absent = new ArrayList<>();
            for (LocalDateTime p = run.first(); !p.isAfter(run.last()); p = interval.next(p)) {
                if (!got.contains(p)) {
                    absent.add(p);
                }
            }
            Instant at = clock.instant();
            gaps.notFound(meter.id(), interval, absent, at);
            if (!got.isEmpty()) {
                gaps.found(meter.id(), interval, run.first(), run.last());
            }
            done += run.periods();
            progress.step(done, total, stored);
            if (stored > 0) {
                Meter current = meter;
                List<ArchiveEntry> fresh = read;
                for (MeterReadListener listener : listeners) {
                    notify(() -> listener.archiveStored(current, interval, fresh, at));
                }
            }
        }
    }

    private void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a meter read listener failed", e);
        }
    }

    private void publish(ReadJob job, Meter meter, String state, Progress progress, String error) {
        Map<String, Object> message = new java.util.LinkedHashMap<>();
        message.put("jobId", job.id());
        message.put("meterId", meter.id());
        message.put("what", job.what().name());
        message.put("state", state);
        message.put("done", progress.done);
        message.put("total", progress.total);
        message.put("records", progress.records);
        if (error != null) {
            message.put("error", error);
        }
        feed.publish(TOPIC, meter.orgId(), message);
    }

    /** The job's progress, written to its row and the live feed as it moves. */
    private final class Progress {
        private final ReadJob job;
        private final Meter meter;
        int done;
        int total;
        int records;

        Progress(ReadJob job, Meter meter) {
            this.job = job;
            this.meter = meter;
        }

        void step(int done, int total, int newRecords) {
            this.done = done;
            this.total = total;
            this.records += newRecords;
            queue.progress(job.id(), done, total, records, clock.instant().plus(properties.lease()));
            publish(job, meter, "RUNNING", this, null);
        }
    }
}
