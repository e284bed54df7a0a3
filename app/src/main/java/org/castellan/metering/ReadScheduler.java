package org.castellan.metering;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.castellan.modems.CommandKind;
import org.castellan.modems.ModemCommandService;
import org.castellan.platform.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the polling plans into read jobs. On each {@link #tick(Instant)} every meter with a plan is looked at: each
 * kind of read the plan runs (current values, hourly, daily, monthly archives) whose time has come is queued
 * ({@link ReadQueue#PLAN_PRIORITY}) when the meter's local time is inside the plan's call window, and its next time is
 * set one "every" later ({@code meter_schedule}). Outside the window a due read waits for the window to open. For a
 * plan that wakes modems first, an offline modem is sent its wake-up and the read is queued a minute later.
 *
 * <p>What an archive read asks for is decided when it runs ({@link ReadExecution}): only the missing periods.
 * <b>Clock:</b> none of its own — {@link ReadWorker} calls {@code tick} with its clock's time, tests with theirs.
 */
@Component
public class ReadScheduler {
    private static final Logger LOG = System.getLogger(ReadScheduler.class.getName());
    private static final Duration WAKE_LEAD = Duration.ofMinutes(1);
    private static final EnumSet<ReadKind> PLANNED = EnumSet.of(ReadKind.CURRENT, ReadKind.HOURLY, ReadKind.DAILY,
            ReadKind.MONTHLY);

    private final MeterRepository meters;
    private final ReadQueue queue;
    private final JdbcClient jdbc;
    private final Optional<ModemCommandService> modemCommands;

    ReadScheduler(MeterRepository meters, ReadQueue queue, JdbcClient jdbc,
                  Optional<ModemCommandService> modemCommands) {
        this.meters = meters;
        this.queue = queue;
        this.jdbc = jdbc;
        this.modemCommands = modemCommands;
    }

    /** Queues what is due at {@code now}; returns how many jobs were queued. */
    public int tick(Instant now) {
        Map<Long, PollPlan> plans = new HashMap<>();
        Map<String, Instant> due = new HashMap<>();
        jdbc.sql("select meter_id, what, next_due_at from meter_schedule").query((rs, row) -> due.put(
                rs.getLong(1) + "/" + rs.getString(2), rs.getTimestamp(3).toInstant())).list();
        int queued = 0;
        for (Meter meter : meters.withPlan()) {
            PollPlan plan = plans.computeIfAbsent(meter.planId(), id -> meters.plan(id).orElse(null));
            if (plan == null || !plan.inWindow(meter.meterNow(now))) {
                continue;
            }
            boolean woken = false;
            for (ReadKind what : PLANNED) {
                Duration every = plan.every(what);
                if (every == null) {
                    continue;
                }
                Instant next = due.get(meter.id() + "/" + what.name());
                if (next != null && next.isAfter(now)) {
                    continue;
                }
                Instant at = now;
                if (plan.wakeFirst() && meter.connection() == MeterConnection.MODEM && !modemOnline(meter)) {
                    if (!woken) {
                        wake(meter);
                        woken = true;
                    }
                    at = now.plus(WAKE_LEAD);
                }
                queue.enqueue(meter.id(), meter.line(), what, ReadQueue.PLAN_PRIORITY, null, at);
                schedule(meter.id(), what, now.plus(every), now);
                queued++;
            }
        }
        return queued;
    }

    /** The next planned time of each kind of read of a meter. */
    public Map<ReadKind, Instant> schedule(long meterId) {
        Map<ReadKind, Instant> result = new java.util.EnumMap<>(ReadKind.class);
        jdbc.sql("select what, next_due_at from meter_schedule where meter_id = :m").param("m", meterId)
                .query((rs, row) -> result.put(ReadKind.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant()))
                .list();
        return result;
    }

    private void schedule(long meterId, ReadKind what, Instant next, Instant now) {
        jdbc.sql("""
                insert into meter_schedule (meter_id, what, next_due_at, last_run_at) values (:m, :what, :next, :now)
                on conflict (meter_id, what) do update set next_due_at = excluded.next_due_at,
                    last_run_at = excluded.last_run_at""")
                .param("m", meterId).param("what", what.name()).param("next", Timestamp.from(next))
                .param("now", Timestamp.from(now)).update();
    }

    private boolean modemOnline(Meter meter) {
        return jdbc.sql("select online from modem where id = :id").param("id", meter.modemId()).query(Boolean.class)
                .optional().orElse(false);
    }

    private void wake(Meter meter) {
        modemCommands.ifPresent(commands -> Thread.ofVirtual().name("meter-wake-" + meter.id()).start(() -> {
            try {
                commands.request(CurrentUser.system(), meter.modemId(), CommandKind.WAKE, null);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not wake modem " + meter.modemId() + " for meter " + meter.id() + ": "
                        + e.getMessage());
            }
        }));
    }

    /** Every kind of read a plan may run. */
    static List<ReadKind> planned() {
        return List.copyOf(PLANNED);
    }
}
