package org.castellan.metering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What has been read from meters, for people (console, API, statements): archive records, gaps within the plan's
 * depth, current values — each checked against the caller's organizations through {@link MeterService#meter}.
 */
@Service
@Transactional(readOnly = true)
public class MeterReadings {
    /** The most archive records one request returns (a year of hours is 8,784). */
    public static final int MAX_RECORDS = 10_000;

    private final MeterService meters;
    private final MeterRepository repository;
    private final ArchiveStore archive;
    private final ArchiveGaps gaps;
    private final CurrentStore current;
    private final Clock clock;

    MeterReadings(MeterService meters, MeterRepository repository, ArchiveStore archive, ArchiveGaps gaps,
                  CurrentStore current, Clock clock) {
        this.meters = meters;
        this.repository = repository;
        this.archive = archive;
        this.gaps = gaps;
        this.current = current;
        this.clock = clock;
    }

    /**
     * A missing period as shown: when it starts, how often the meter was asked for it in vain, and whether it is given
     * up (asked the plan's maximum times: shown as lost, not asked again).
     */
    public record GapView(LocalDateTime start, int attempts, boolean givenUp) {
    }

    /** A meter with what the list shows about it. */
    public record MeterSummary(Meter meter, CurrentStore.Snapshot latest, long gaps, Map<ArchiveInterval, Long> records) {
    }

    /** Records with period starts in [from, to] (the meter's local time), oldest first. */
    public List<ArchiveEntry> archive(CurrentUser user, long meterId, ArchiveInterval interval, LocalDateTime from,
            LocalDateTime to) {
        meters.meter(user, meterId);
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "validation.rangeReversed");
        }
        List<ArchiveEntry> entries = archive.entries(meterId, interval, from, to);
        return entries.size() > MAX_RECORDS ? entries.subList(0, MAX_RECORDS) : entries;
    }

    /** The newest {@code limit} records, newest first. */
    public List<ArchiveEntry> newest(CurrentUser user, long meterId, ArchiveInterval interval, int limit) {
        meters.meter(user, meterId);
        return archive.newest(meterId, interval, Math.min(limit, MAX_RECORDS));
    }

    /** Missing periods of {@code interval} within the meter's plan depth (a week, 62 days, 13 months without a plan). */
    public List<GapView> gaps(CurrentUser user, long meterId, ArchiveInterval interval) {
        Meter meter = meters.meter(user, meterId);
        return gaps(meter, interval);
    }

    /** How many periods of each interval are missing within the plan's depth. */
    public Map<ArchiveInterval, Integer> gapCounts(CurrentUser user, long meterId) {
        Meter meter = meters.meter(user, meterId);
        Map<ArchiveInterval, Integer> counts = new LinkedHashMap<>();
        for (ArchiveInterval interval : ArchiveInterval.values()) {
            counts.put(interval, gaps(meter, interval).size());
        }
        return counts;
    }

    private List<GapView> gaps(Meter meter, ArchiveInterval interval) {
        PollPlan plan = meter.planId() == null ? null : repository.plan(meter.planId()).orElse(null);
        int depth = plan == null ? defaultDepth(interval) : plan.depth(interval);
        int maxAttempts = plan == null ? 3 : plan.maxAttempts();
        LocalDateTime last = interval.previous(interval.floor(meter.meterNow(clock.instant()), meter.reportingDay()));
        LocalDateTime first = last;
        for (int i = 1; i < depth; i++) {
            first = interval.previous(first);
        }
        if (meter.identifiedAt() == null) {
            return List.of(); // never read: nothing is known to be missing yet
        }
        return gaps.missing(meter.id(), interval, first, last).stream()
                .map(g -> new GapView(g.start(), g.attempts(), g.attempts() >= maxAttempts)).toList();
    }

    /** The newest current values of a meter. */
    public Optional<CurrentStore.Snapshot> current(CurrentUser user, long meterId) {
        meters.meter(user, meterId);
        return current.latest(meterId);
    }

    /** Current-value snapshots taken in [from, to), for charts. */
    public List<CurrentStore.Snapshot> snapshots(CurrentUser user, long meterId, Instant from, Instant to) {
        meters.meter(user, meterId);
        return current.between(meterId, from, to);
    }

    /** Every meter the caller may see, with its newest values, hourly gaps within the plan and record counts. */
    public List<MeterSummary> summaries(CurrentUser user, Long orgId, Long siteId) {
        Map<Long, CurrentStore.Snapshot> latest = current.latestOfAll();
        return meters.meters(user, orgId, siteId).stream().map(m -> new MeterSummary(m, latest.get(m.id()),
                gaps(m, ArchiveInterval.HOURLY).size(), archive.counts(m.id()))).toList();
    }

    static int defaultDepth(ArchiveInterval interval) {
        return switch (interval) {
            case HOURLY -> 168;
            case DAILY -> 62;
            case MONTHLY -> 13;
        };
    }
}
