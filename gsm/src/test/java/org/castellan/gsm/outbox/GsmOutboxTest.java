package org.castellan.gsm.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.castellan.gsm.emulator.GsmModemEmulator;
import org.castellan.gsm.emulator.SentSms;
import org.castellan.gsm.emulator.SimState;
import org.castellan.gsm.modem.CallOutcome;
import org.castellan.gsm.modem.GsmModem;
import org.castellan.gsm.modem.ModemErrorException;
import org.castellan.gsm.modem.ModemSettings;
import org.castellan.gsm.port.InMemoryAtPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The outbox in front of the emulated modem: queueing, retries, reconnection, statuses, close. */
@Timeout(60)
class GsmOutboxTest {

    private static final ModemSettings MODEM = ModemSettings.defaults().withCommandTimeout(Duration.ofSeconds(1))
            .withSmsTimeout(Duration.ofSeconds(5));
    private static final OutboxSettings THREE_QUICK_ATTEMPTS = OutboxSettings.defaults()
            .withRetries(3, Duration.ofMillis(10), 2.0, Duration.ofMillis(50));

    private final GsmModemEmulator emulator = new GsmModemEmulator(Clock.systemUTC());
    private final AtomicInteger connects = new AtomicInteger();
    private final AtomicReference<InMemoryAtPort> port = new AtomicReference<>();
    private final List<JobStatus> heard = new CopyOnWriteArrayList<>();
    private GsmOutbox outbox;

    /** Opens a new in-memory connection to the emulator each time, as reopening a COM port would. */
    private GsmModem connect() throws org.castellan.gsm.modem.GsmModemException {
        connects.incrementAndGet();
        port.set(emulator.connectInMemory());
        return GsmModem.open(port.get(), MODEM, Clock.systemUTC());
    }

    private GsmOutbox start(OutboxSettings settings) {
        outbox = GsmOutbox.start(this::connect, settings, Clock.systemUTC(), heard::add);
        return outbox;
    }

    @AfterEach
    void close() {
        if (outbox != null) {
            outbox.close();
        }
    }

    /** A connector that waits: the modem is being plugged in. */
    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the modem", e);
        }
    }

    private static <T> T result(OutboxJob<T> job) throws Exception {
        return job.result().get(30, TimeUnit.SECONDS);
    }

    private List<JobState> statesOf(long id) {
        return heard.stream().filter(s -> s.id() == id).map(JobStatus::state).toList();
    }

    @Test
    void anSmsIsQueuedSentAndReported() throws Exception {
        OutboxJob<List<Integer>> job = start(THREE_QUICK_ATTEMPTS).sendSms("+79161234567", "Modem 35000 offline");

        assertThat(result(job)).containsExactly(0);
        assertThat(job.status().state()).isEqualTo(JobState.SENT);
        assertThat(job.status().attempts()).isEqualTo(1);
        assertThat(statesOf(job.id())).containsExactly(JobState.QUEUED, JobState.SENDING, JobState.SENT);
        assertThat(emulator.messages()).extracting(SentSms::text).containsExactly("Modem 35000 offline");
        assertThat(outbox.status(job.id())).contains(job.status());
    }

    @Test
    void aRefusedMessageIsRetriedUntilItGoesThroughOnTheSameModem() throws Exception {
        emulator.failNextMessages(2, 500);

        OutboxJob<List<Integer>> job = start(THREE_QUICK_ATTEMPTS).sendSms("+79161234567", "third time lucky");

        assertThat(result(job)).containsExactly(0);
        assertThat(job.status().attempts()).isEqualTo(3);
        // each failed attempt is told at once, then the next attempt starts
        assertThat(heard.stream().filter(s -> s.id() == job.id()).map(s -> s.state() + "/" + s.attempts()
                + (s.failure().isPresent() ? "/failed" : ""))).containsExactly("QUEUED/0", "SENDING/1",
                "SENDING/1/failed", "SENDING/2/failed", "SENDING/2/failed", "SENDING/3/failed", "SENT/3");
        assertThat(heard.stream().filter(s -> s.id() == job.id() && s.attempts() == 1).toList().getLast().failure())
                .hasValueSatisfying(f -> assertThat(f).contains("+CMS ERROR: 500 (unknown error)"));
        assertThat(connects).hasValue(1);
    }

    @Test
    void aJobFailsWhenItsAttemptsAreExhausted() {
        emulator.failNextMessages(10, 500);

        OutboxJob<List<Integer>> job = start(THREE_QUICK_ATTEMPTS).sendSms("+79161234567", "never");

        assertThatThrownBy(() -> result(job)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(JobFailedException.class, e -> {
                    assertThat(e.status().state()).isEqualTo(JobState.FAILED);
                    assertThat(e.status().attempts()).isEqualTo(3);
                    assertThat(e.getCause()).isInstanceOf(ModemErrorException.class);
                });
        assertThat(job.status().failure()).hasValueSatisfying(f ->
                assertThat(f).matches("AT\\+CMGS=\\d+: \\+CMS ERROR: 500 \\(unknown error\\)"));
        assertThat(emulator.messages()).isEmpty();
    }

    @Test
    void aRetrySendsOnlyThePartsNotYetAcknowledged() throws Exception {
        emulator.failMessages(1, 1, 500); // the second part fails once

        OutboxJob<List<Integer>> job = start(THREE_QUICK_ATTEMPTS).sendSms("+79161234567", "x".repeat(200));

        assertThat(result(job)).containsExactly(0, 1);
        assertThat(job.status().attempts()).isEqualTo(2);
        assertThat(emulator.parts()).hasSize(2);
        assertThat(emulator.messages()).singleElement().satisfies(sms -> assertThat(sms.text()).hasSize(200));
    }

    @Test
    void aPortFailureMakesTheNextAttemptReopenAndReinitialiseTheModem() throws Exception {
        start(THREE_QUICK_ATTEMPTS);
        result(outbox.sendSms("+79161234567", "first"));
        port.get().close(); // the USB adapter is pulled while the outbox is idle

        OutboxJob<List<Integer>> job = outbox.sendSms("+79161234567", "second");

        assertThat(result(job)).containsExactly(1);
        assertThat(job.status().attempts()).isEqualTo(2);
        assertThat(heard.stream().filter(s -> s.id() == job.id()).flatMap(s -> s.failure().stream()).findFirst())
                .hasValueSatisfying(f -> assertThat(f).contains("port failed"));
        assertThat(connects).hasValue(2);
        assertThat(emulator.commands().stream().filter("AT+CMGF=0"::equals)).hasSize(2);
    }

    @Test
    void aModemNotReadyIsOpenedAgainAtTheNextAttempt() throws Exception {
        emulator.sim(SimState.ABSENT);
        outbox = GsmOutbox.start(this::connect, THREE_QUICK_ATTEMPTS, Clock.systemUTC(), status -> {
            heard.add(status);
            if (status.failure().isPresent()) {
                emulator.sim(SimState.READY); // someone inserts the SIM before the second attempt
            }
        });

        OutboxJob<List<Integer>> job = outbox.sendSms("+79161234567", "after the SIM");

        assertThat(result(job)).containsExactly(0);
        assertThat(heard.stream().flatMap(s -> s.failure().stream()).findFirst())
                .hasValue("AT+CPIN?: SIM not ready: +CME ERROR: 10 (SIM not inserted)");
        assertThat(connects).hasValue(2);
    }

    @Test
    void aWakeUpCallIsPlacedAndHungUp() throws Exception {
        OutboxJob<CallOutcome> job = start(THREE_QUICK_ATTEMPTS).call("+79161234567", Duration.ofMillis(200));

        CallOutcome outcome = result(job);

        assertThat(outcome.rangFully()).isTrue();
        assertThat(job.status().kind()).isEqualTo(JobKind.CALL);
        assertThat(emulator.calls()).singleElement()
                .satisfies(call -> assertThat(call.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(200)));
    }

    @Test
    void aFullQueueRefusesTheNextJob() throws Exception {
        CountDownLatch modemPluggedIn = new CountDownLatch(1);
        outbox = GsmOutbox.start(() -> {
            waitFor(modemPluggedIn);
            return connect();
        }, THREE_QUICK_ATTEMPTS.withCapacity(2), Clock.systemUTC(), heard::add);
        OutboxJob<List<Integer>> first = outbox.sendSms("+79161234567", "1");
        await().until(() -> first.status().state() == JobState.SENDING);
        OutboxJob<List<Integer>> second = outbox.sendSms("+79161234567", "2");
        OutboxJob<List<Integer>> third = outbox.sendSms("+79161234567", "3");

        assertThatThrownBy(() -> outbox.sendSms("+79161234567", "4")).isInstanceOf(OutboxFullException.class)
                .hasMessageContaining("full (2 jobs waiting");
        assertThat(outbox.waiting()).isEqualTo(2);
        modemPluggedIn.countDown();
        assertThat(List.of(result(first), result(second), result(third)))
                .containsExactly(List.of(0), List.of(1), List.of(2));
        assertThat(outbox.sendSms("+79161234567", "5")).isNotNull();
    }

    @Test
    void closeLetsTheAttemptInProgressFinishAndFailsTheWaitingJobs() throws Exception {
        CountDownLatch modemPluggedIn = new CountDownLatch(1);
        outbox = GsmOutbox.start(() -> {
            waitFor(modemPluggedIn);
            return connect();
        }, THREE_QUICK_ATTEMPTS, Clock.systemUTC(), heard::add);
        OutboxJob<List<Integer>> running = outbox.sendSms("+79161234567", "in progress");
        await().until(() -> running.status().state() == JobState.SENDING);
        OutboxJob<List<Integer>> waiting = outbox.sendSms("+79161234567", "waiting");

        CompletableFuture<Void> closing = CompletableFuture.runAsync(outbox::close);
        await().untilAsserted(() -> assertThatThrownBy(() -> outbox.sendSms("+79161234567", "late"))
                .isInstanceOf(OutboxClosedException.class));
        assertThat(closing).isNotDone();
        modemPluggedIn.countDown();
        closing.get(30, TimeUnit.SECONDS);

        assertThat(running.status().state()).isEqualTo(JobState.SENT);
        assertThat(waiting.status().state()).isEqualTo(JobState.FAILED);
        assertThat(waiting.status().failure()).hasValue("outbox closed before the job was tried");
        assertThat(waiting.result()).isCompletedExceptionally();
        assertThat(emulator.messages()).extracting(SentSms::text).containsExactly("in progress");
    }

    @Test
    void closeStopsRetryingAJobBetweenAttempts() throws Exception {
        emulator.failNextMessages(10, 500);
        OutboxSettings slowRetries = OutboxSettings.defaults().withRetries(5, Duration.ofMinutes(1), 1,
                Duration.ofMinutes(1));
        OutboxJob<List<Integer>> job = start(slowRetries).sendSms("+79161234567", "x");
        await().until(() -> job.status().failure().isPresent()); // the first attempt failed; a minute's pause follows

        outbox.close();

        assertThat(job.status().state()).isEqualTo(JobState.FAILED);
        assertThat(job.status().attempts()).isEqualTo(1);
        assertThat(job.status().failure()).hasValueSatisfying(f ->
                assertThat(f).contains("+CMS ERROR: 500").endsWith("; outbox closed before attempt 2"));
    }

    @Test
    void badNumbersAndClosedOutboxesAreRefusedAtOnce() {
        start(THREE_QUICK_ATTEMPTS);

        assertThatThrownBy(() -> outbox.sendSms("not a number", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox.call("+79161234567", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        outbox.close();
        assertThatThrownBy(() -> outbox.sendSms("+79161234567", "x")).isInstanceOf(OutboxClosedException.class)
                .hasMessageContaining("closed");
        assertThat(heard).isEmpty();
    }

    @Test
    void onlyTheLastFinishedJobsAreRemembered() throws Exception {
        start(new OutboxSettings(10, 1, Duration.ZERO, 1, Duration.ZERO, 1));
        OutboxJob<List<Integer>> first = outbox.sendSms("+79161234567", "1");
        result(first);
        OutboxJob<List<Integer>> second = outbox.sendSms("+79161234567", "2");
        result(second);

        assertThat(outbox.status(first.id())).isEmpty();
        assertThat(outbox.status(second.id())).hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(JobState.SENT));
        assertThat(outbox.jobs(JobState.SENT)).extracting(JobStatus::id).containsExactly(second.id());
    }

    @Test
    void aListenerThatThrowsDisturbsNoJob() throws Exception {
        outbox = GsmOutbox.start(this::connect, THREE_QUICK_ATTEMPTS, Clock.systemUTC(), status -> {
            throw new IllegalStateException("listener bug");
        });

        assertThat(result(outbox.sendSms("+79161234567", "x"))).containsExactly(0);
    }
}
