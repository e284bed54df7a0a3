package org.castellan.metering;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which archive periods a meter is missing: every expected period start in a window ({@code generate_series}) without
 * a stored record, in SQL. A period the meter was asked for and did not have is remembered
 * ({@code archive_gap_attempt}): it is asked again only after a growing pause and, after the plan's last attempt, given
 * up — shown as lost, never asked again.
 */
@Repository
public class ArchiveGaps {
    private final JdbcClient jdbc;

    ArchiveGaps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A missing period.
     *
     * @param attempts how often it was asked for and not found
     * @param lastAttempt when it was last asked for, or null
     */
    public record Gap(LocalDateTime start, int attempts, Instant lastAttempt) {
    }

    /** A run of consecutive periods, read with one request walk. */
    public record Run(LocalDateTime first, LocalDateTime last, int periods) {
    }

    /** The missing periods with starts from {@code first} to {@code last} inclusive (both period starts). */
    public List<Gap> missing(long meterId, ArchiveInterval interval, LocalDateTime first, LocalDateTime last) {
        if (first.isAfter(last)) {
            return List.of();
        }
        return jdbc.sql("""
                select p.start, coalesce(a.attempts, 0) as attempts, a.last_attempt_at
                  from generate_series(cast(:first as timestamp), cast(:last as timestamp), cast(:step as interval))
                       as p(start)
                  left join archive_gap_attempt a on a.meter_id = :m and a.interval_kind = :k and a.period_start = p.start
                 where not exists (select 1 from archive_record r where r.meter_id = :m and r.interval_kind = :k
                                      and r.period_start = p.start)
                 order by p.start""")
                .param("first", first).param("last", last).param("step", interval.sqlStep()).param("m", meterId)
                .param("k", interval.name())
                .query((rs, row) -> {
                    Timestamp at = rs.getTimestamp("last_attempt_at");
                    return new Gap(rs.getObject("start", LocalDateTime.class), rs.getInt("attempts"),
                            at == null ? null : at.toInstant());
                }).list();
    }

    /**
     * The gaps worth asking for now: not given up ({@code attempts < maxAttempts}) and past their pause
     * ({@code retryAfter} doubled per attempt).
     */
    public static List<Gap> due(List<Gap> gaps, int maxAttempts, PollPlan plan, Instant now) {
        List<Gap> due = new ArrayList<>();
        for (Gap gap : gaps) {
            if (gap.attempts() >= maxAttempts) {
                continue;
            }
            if (gap.attempts() > 0 && gap.lastAttempt() != null) {
                Duration pause = plan == null ? Duration.ZERO : plan.backoff(gap.attempts());
                if (gap.lastAttempt().plus(pause).isAfter(now)) {
                    continue;
                }
            }
            due.add(gap);
        }
        return due;
    }

    /** Consecutive periods joined into runs of at most {@code maxPeriods}, oldest first. */
    public static List<Run> runs(ArchiveInterval interval, List<LocalDateTime> starts, int maxPeriods) {
        List<Run> runs = new ArrayList<>();
        LocalDateTime first = null;
        LocalDateTime last = null;
        int count = 0;
        for (LocalDateTime start : starts) {
            if (first != null && interval.next(last).equals(start) && count < maxPeriods) {
                last = start;
                count++;
                continue;
            }
            if (first != null) {
                runs.add(new Run(first, last, count));
            }
            first = start;
            last = start;
            count = 1;
        }
        if (first != null) {
            runs.add(new Run(first, last, count));
        }
        return runs;
    }

    /** Periods asked for and not found: one more attempt each. */
    public void notFound(long meterId, ArchiveInterval interval, List<LocalDateTime> starts, Instant at) {
        for (LocalDateTime start : starts) {
            jdbc.sql("""
                    insert into archive_gap_attempt (meter_id, interval_kind, period_start, attempts, last_attempt_at)
                    values (:m, :k, :p, 1, :at)
                    on conflict (meter_id, interval_kind, period_start)
                    do update set attempts = archive_gap_attempt.attempts + 1, last_attempt_at = excluded.last_attempt_at""")
                    .param("m", meterId).param("k", interval.name()).param("p", start).param("at", Timestamp.from(at))
                    .update();
        }
    }

    /** Periods now stored: their attempts are history. */
    public void found(long meterId, ArchiveInterval interval, LocalDateTime first, LocalDateTime last) {
        jdbc.sql("""
                delete from archive_gap_attempt where meter_id = :m and interval_kind = :k
                   and period_start between :first and :last""")
                .param("m", meterId).param("k", interval.name()).param("first", first).param("last", last).update();
    }
}
