package org.castellan.metering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read queue ({@code read_job}): one row per read, at most one waiting or running per meter and kind (a plan never
 * piles up repeats behind a slow line; asking again raises the waiting one's priority instead).
 *
 * <p><b>Claiming</b> ({@link #claim}) takes due jobs by priority, then due time, at most one per line, skipping lines
 * with a job running anywhere (under a lease) or busy in the caller: so meters on one RS-485 line or modem are never
 * asked at once, across nodes too (claims are serialised by a transaction-scoped advisory lock). A job whose lease ran
 * out (its node died) is queued again. Modem lines are claimed only by the node that holds the modem's session.
 */
@Repository
public class ReadQueue {
    /** What the plans ask with. */
    public static final int PLAN_PRIORITY = 0;
    /** What a person's "read now" asks with: ahead of every plan. */
    public static final int ON_DEMAND_PRIORITY = 100;
    private static final long CLAIM_LOCK = 0x6d65746572L; // "meter"

    private final JdbcClient jdbc;

    ReadQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a read, or raises the priority of the same read already waiting; returns the job's id. */
    public long enqueue(long meterId, String line, ReadKind what, int priority, String requestedBy, Instant now) {
        return jdbc.sql("""
                insert into read_job (meter_id, line, what, priority, requested_by, next_attempt_at)
                values (:m, :line, :what, :priority, :by, :now)
                on conflict (meter_id, what) where state in ('QUEUED', 'RUNNING') do update
                   set priority = greatest(read_job.priority, excluded.priority),
                       requested_by = coalesce(excluded.requested_by, read_job.requested_by),
                       next_attempt_at = case when excluded.priority > read_job.priority
                                              then least(read_job.next_attempt_at, excluded.next_attempt_at)
                                              else read_job.next_attempt_at end
                returning id""")
                .param("m", meterId).param("line", line).param("what", what.name()).param("priority", priority)
                .param("by", requestedBy).param("now", Timestamp.from(now)).query(Long.class).single();
    }

    /**
     * Claims up to {@code limit} due jobs on distinct lines not in {@code busyLines}, marks them running under a lease
     * for {@code node}, and returns them by priority.
     */
    @Transactional
    public List<ReadJob> claim(String node, int limit, List<String> busyLines, Instant now, Duration lease) {
        return claim(node, limit, busyLines, null, now, lease);
    }

    /** As {@link #claim(String, int, List, Instant, Duration)}, only among {@code onlyLines} when not null. */
    @Transactional
    List<ReadJob> claim(String node, int limit, List<String> busyLines, List<String> onlyLines, Instant now,
            Duration lease) {
        if (limit <= 0) {
            return List.of();
        }
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", CLAIM_LOCK).query().singleRow();
        jdbc.sql("update read_job set state = 'QUEUED', claimed_by = null where state = 'RUNNING' and lease_until < :now"
                + " and (cast(:only as text[]) is null or line = any(cast(:only as text[])))")
                .param("now", Timestamp.from(now))
                .param("only", onlyLines == null ? null : onlyLines.toArray(String[]::new)).update();
        List<Long> ids = jdbc.sql("""
                select id from (
                    select distinct on (j.line) j.id, j.priority, j.next_attempt_at
                      from read_job j
                      join meter m on m.id = j.meter_id
                      left join modem md on md.id = m.modem_id
                     where j.state = 'QUEUED' and j.next_attempt_at <= :now
                       and not (j.line = any(:busy))
                       and (cast(:only as text[]) is null or j.line = any(cast(:only as text[])))
                       and not exists (select 1 from read_job r where r.line = j.line and r.state = 'RUNNING')
                       and (m.connection <> 'MODEM' or md.node is null or md.node = :node)
                     order by j.line, j.priority desc, j.next_attempt_at, j.id) firsts
                 order by priority desc, next_attempt_at, id
                 limit :limit""")
                .param("now", Timestamp.from(now)).param("busy", busyLines.toArray(String[]::new))
                .param("only", onlyLines == null ? null : onlyLines.toArray(String[]::new)).param("node", node).param("limit", limit).query(Long.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                update read_job set state = 'RUNNING', claimed_by = :node, lease_until = :lease,
                       attempts = attempts + 1, started_at = coalesce(started_at, :now), error = null
                 where id = any(:ids)
                returning *""")
                .param("node", node).param("lease", Timestamp.from(now.plus(lease))).param("now", Timestamp.from(now))
                .param("ids", ids.toArray(Long[]::new)).query(ReadQueue::map).list().stream()
                .sorted(java.util.Comparator.comparingInt(ReadJob::priority).reversed()
                        .thenComparing(ReadJob::nextAttemptAt).thenComparingLong(ReadJob::id))
                .toList();
    }

    /** Progress of a running job; extends its lease. */
    public void progress(long id, int done, int total, int records, Instant leaseUntil) {
        jdbc.sql("update read_job set done = :done, total = :total, records = :records, lease_until = :lease where id = :id")
                .param("done", done).param("total", total).param("records", records)
                .param("lease", Timestamp.from(leaseUntil)).param("id", id).update();
    }

    public void done(long id, int records, Instant at) {
        jdbc.sql("""
                update read_job set state = 'DONE', records = :records, finished_at = :at, lease_until = null,
                       done = greatest(done, total) where id = :id""")
                .param("records", records).param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** A failed attempt: queued again at {@code retryAt}, or failed for good when that is null. */
    public void failed(long id, String error, int records, Instant at, Instant retryAt) {
        if (retryAt == null) {
            jdbc.sql("""
                    update read_job set state = 'FAILED', error = :error, records = :records, finished_at = :at,
                           lease_until = null where id = :id""")
                    .param("error", error).param("records", records).param("at", Timestamp.from(at)).param("id", id)
                    .update();
        } else {
            jdbc.sql("""
                    update read_job set state = 'QUEUED', error = :error, records = :records, next_attempt_at = :retry,
                           claimed_by = null, lease_until = null where id = :id""")
                    .param("error", error).param("records", records).param("retry", Timestamp.from(retryAt))
                    .param("id", id).update();
        }
    }

    public Optional<ReadJob> job(long id) {
        return jdbc.sql("select * from read_job where id = :id").param("id", id).query(ReadQueue::map).optional();
    }

    /** A meter's latest jobs, newest first. */
    public List<ReadJob> recent(long meterId, int limit) {
        return jdbc.sql("select * from read_job where meter_id = :m order by created_at desc, id desc limit :limit")
                .param("m", meterId).param("limit", limit).query(ReadQueue::map).list();
    }

    /** Jobs waiting or running, by priority. */
    public List<ReadJob> open(int limit) {
        return jdbc.sql("""
                select * from read_job where state in ('QUEUED', 'RUNNING')
                 order by state desc, priority desc, next_attempt_at limit :limit""")
                .param("limit", limit).query(ReadQueue::map).list();
    }

    /** Removes finished jobs older than {@code before}. */
    public int prune(Instant before) {
        return jdbc.sql("delete from read_job where state in ('DONE', 'FAILED') and finished_at < :before")
                .param("before", Timestamp.from(before)).update();
    }

    static ReadJob map(ResultSet rs, int row) throws SQLException {
        return new ReadJob(rs.getLong("id"), rs.getLong("meter_id"), rs.getString("line"),
                ReadKind.valueOf(rs.getString("what")), rs.getInt("priority"), rs.getString("state"),
                rs.getInt("attempts"), MeterRepository.instant(rs, "next_attempt_at"), rs.getString("claimed_by"),
                rs.getInt("done"), rs.getInt("total"), rs.getInt("records"), rs.getString("error"),
                rs.getString("requested_by"), MeterRepository.instant(rs, "created_at"),
                MeterRepository.instant(rs, "started_at"), MeterRepository.instant(rs, "finished_at"));
    }
}
