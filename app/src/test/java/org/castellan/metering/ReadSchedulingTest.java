package org.castellan.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.castellan.modems.Imei;
import org.castellan.modems.Modem;
import org.castellan.modems.ModemForm;
import org.castellan.modems.ModemService;
import org.castellan.modems.Sharing;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plans with a clock of the test's own: what a tick queues, when the next one is due, the call window, priorities
 * and one job per line. The ticks run weeks ahead of the real clock, so the running worker never finds these jobs due.
 */
class ReadSchedulingTest extends IntegrationTest {
    @Autowired
    MeterService meters;
    @Autowired
    ReadScheduler scheduler;
    @Autowired
    ReadQueue queue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ModemService modems;

    private CurrentUser engineer;
    private Organization org;
    private Instant t0;

    @BeforeEach
    void setUp() {
        org = fixtures.organization();
        engineer = fixtures.caller(fixtures.user(Set.of(Role.ENGINEER), org));
        // noon in Moscow, 60 days from now: far beyond what the worker's real clock finds due
        t0 = ZonedDateTime.now(ZoneId.of("Europe/Moscow")).plusDays(60).with(LocalTime.NOON).toInstant();
    }

    private PollPlan plan(LocalTime windowStart, LocalTime windowEnd) {
        return meters.createPlan(engineer, new PollPlanForm(org.id(), fixtures.unique("Plan"), Duration.ofMinutes(15),
                Duration.ofHours(1), 48, Duration.ofDays(1), 31, null, null, windowStart, windowEnd, false, 3, null,
                null, null));
    }

    private Meter meter(PollPlan plan, String host, int address) {
        return meters.register(engineer, new MeterForm(org.id(), null, null, fixtures.unique("Meter"),
                MeterConnection.TCP, null, host, 4001, null, null, address, "Europe/Moscow", plan.id(), null, null,
                null, null, null, null, null, null, Map.of()));
    }

    /** The plan's queued jobs of a meter (the registration's identify read aside). */
    private List<String> queued(Meter meter) {
        return jdbc.sql("""
                select what from read_job where meter_id = :m and state = 'QUEUED' and what <> 'IDENTIFY'
                 order by what""").param("m", meter.id()).query(String.class).list();
    }

    private void finishAll(Meter meter) {
        jdbc.sql("update read_job set state = 'DONE', finished_at = now() where meter_id = :m and state = 'QUEUED'")
                .param("m", meter.id()).update();
    }

    @Test
    void aTickQueuesWhatIsDueAndTheNextOneComesOneEveryLater() {
        Meter meter = meter(plan(null, null), "10.9.0.1", 1);
        scheduler.tick(t0);
        assertThat(queued(meter)).containsExactly("CURRENT", "DAILY", "HOURLY");
        assertThat(scheduler.schedule(meter.id())).containsEntry(ReadKind.CURRENT, t0.plus(Duration.ofMinutes(15)))
                .containsEntry(ReadKind.HOURLY, t0.plus(Duration.ofHours(1)))
                .containsEntry(ReadKind.DAILY, t0.plus(Duration.ofDays(1)))
                .doesNotContainKey(ReadKind.MONTHLY);

        finishAll(meter);
        scheduler.tick(t0.plus(Duration.ofMinutes(14)));
        assertThat(queued(meter)).isEmpty();
        scheduler.tick(t0.plus(Duration.ofMinutes(15)));
        assertThat(queued(meter)).containsExactly("CURRENT");
        // a read still waiting is not queued twice
        scheduler.tick(t0.plus(Duration.ofMinutes(30)));
        assertThat(jdbc.sql("select count(*) from read_job where meter_id = :m and what = 'CURRENT' and state = 'QUEUED'")
                .param("m", meter.id()).query(Long.class).single()).isEqualTo(1);
        finishAll(meter);
        scheduler.tick(t0.plus(Duration.ofHours(1)));
        assertThat(queued(meter)).containsExactly("CURRENT", "HOURLY");
    }

    @Test
    void aPlanThatWakesModemsFirstWakesAnOfflineModemAndReadsAMinuteLater() {
        String body = String.format("35%012d", System.nanoTime() % 1_000_000_000_000L);
        String imei = body + Imei.checkDigit(body);
        Modem modem = modems.register(engineer, new ModemForm(imei, 0, org.id(), null, null, fixtures.unique("Modem"),
                "+79001234567", "ATM21.A", null, Sharing.TURNS, null));
        PollPlan plan = meters.createPlan(engineer, new PollPlanForm(org.id(), fixtures.unique("Plan"),
                Duration.ofMinutes(15), null, null, null, null, null, null, null, null, true, 3, null, null, null));
        Meter meter = meters.register(engineer, new MeterForm(org.id(), null, null, fixtures.unique("Meter"),
                MeterConnection.MODEM, modem.id(), null, null, null, null, 1, "Europe/Moscow", plan.id(), null, null,
                null, null, null, null, null, null, Map.of()));

        scheduler.tick(t0);
        Instant due = jdbc.sql("select next_attempt_at from read_job where meter_id = :m and what = 'CURRENT'")
                .param("m", meter.id()).query(java.sql.Timestamp.class).single().toInstant();
        assertThat(due).isEqualTo(t0.plus(Duration.ofMinutes(1)));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from modem_command where modem_id = :id and kind = 'WAKE'").param("id", modem.id())
                .query(Long.class).single() == 1);
    }

    @Test
    void outsideTheCallWindowNothingIsQueuedUntilItOpens() {
        Meter meter = meter(plan(LocalTime.of(22, 0), LocalTime.of(6, 0)), "10.9.0.2", 1);
        scheduler.tick(t0); // noon
        assertThat(queued(meter)).isEmpty();
        scheduler.tick(t0.plus(Duration.ofHours(9))); // 21:00
        assertThat(queued(meter)).isEmpty();
        scheduler.tick(t0.plus(Duration.ofHours(10))); // 22:00, the window opens
        assertThat(queued(meter)).containsExactly("CURRENT", "DAILY", "HOURLY");
        finishAll(meter);
        scheduler.tick(t0.plus(Duration.ofHours(13))); // 01:00, across midnight, still open
        assertThat(queued(meter)).containsExactly("CURRENT", "HOURLY");
    }

    @Test
    void aPersonsReadGoesFirstAndALineRunsOneJobAtATime() {
        PollPlan plan = plan(null, null);
        Meter first = meter(plan, "10.9.0.3", 1);
        Meter second = meter(plan, "10.9.0.3", 2); // the same RS-485 line behind one serial server
        Meter other = meter(plan, "10.9.0.4", 1);
        jdbc.sql("delete from read_job where meter_id = any(:m)")
                .param("m", new Long[] {first.id(), second.id(), other.id()}).update();
        scheduler.tick(t0);
        long asked = queue.enqueue(second.id(), second.line(), ReadKind.HOURLY, ReadQueue.ON_DEMAND_PRIORITY, "me", t0);
        assertThat(queue.job(asked).orElseThrow().priority()).as("the plan's job, raised").isEqualTo(100);

        Instant later = t0.plusSeconds(1);
        List<String> lines = List.of(first.line(), other.line()); // not other tests' jobs, all due by then
        List<ReadJob> claimed = queue.claim("test-node", 10, List.of(), lines, later, Duration.ofMinutes(5));
        assertThat(claimed).extracting(ReadJob::line).containsExactly(second.line(), other.line());
        assertThat(claimed.getFirst().id()).isEqualTo(asked);
        assertThat(queue.claim("test-node", 10, List.of(), lines, later, Duration.ofMinutes(5))).as("both lines are busy")
                .isEmpty();

        queue.done(claimed.get(0).id(), 0, later);
        List<ReadJob> next = queue.claim("test-node", 10, List.of(), lines, later, Duration.ofMinutes(5));
        assertThat(next).hasSize(1);
        assertThat(next.getFirst().line()).isEqualTo(first.line());
        // a node that dies: its lease runs out and the job is claimable again
        List<ReadJob> reclaimed = queue.claim("other-node", 10, List.of(), lines, later.plus(Duration.ofMinutes(6)),
                Duration.ofMinutes(5));
        assertThat(reclaimed).extracting(ReadJob::id).contains(next.getFirst().id());
        assertThat(reclaimed.stream().filter(j -> j.id() == next.getFirst().id()).findFirst().orElseThrow().attempts())
                .isEqualTo(2);
    }
}
