package org.castellan.gsm.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import org.castellan.gsm.modem.CallOutcome;
import org.castellan.gsm.modem.GsmModem;
import org.castellan.gsm.modem.GsmModemException;
import org.castellan.gsm.modem.ModemErrorException;
import org.castellan.gsm.pdu.PhoneNumber;
import org.castellan.gsm.pdu.SmsComposer;

/**
 * The queue in front of the local modem (seed 004 §5.4: "the command joins the queue of commands given before"): SMS
 * and wake-up calls are accepted at once and carried out one after another by a single worker, each with up to
 * {@link OutboxSettings#maxAttempts()} attempts and a growing pause between them.
 *
 * <p>The modem is opened through the {@link ModemConnector} at the first job. After a port failure, a timeout or a
 * modem that is not ready, it is closed and opened (and so initialised) again at the next attempt; after an error the
 * modem reported ({@code +CMS ERROR: 500}) it is kept. An SMS retry sends only the parts not yet acknowledged.
 *
 * <p><b>Lifecycle:</b> working once {@link #start} returns; {@link #close()} refuses new jobs, lets the attempt in
 * progress finish (no further retries), fails the jobs still waiting with "outbox closed", closes the modem and
 * returns. <b>Threading:</b> thread-safe; submits never block; the worker is one virtual thread; futures complete and
 * the listener hears SENDING/SENT/FAILED on it. Time stamps come from the injected {@link Clock}; the pauses between
 * attempts are real time.
 */
public final class GsmOutbox implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(GsmOutbox.class.getName());

    private final ModemConnector connector;
    private final OutboxSettings settings;
    private final Clock clock;
    private final OutboxListener listener;
    private final LinkedBlockingDeque<Job<?>> queue = new LinkedBlockingDeque<>();
    private final Job<?> stop = new Job.Stop();
    private final Object submitLock = new Object();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<Long, Job<?>> jobs = new LinkedHashMap<>();
    private final ArrayDeque<Long> finished = new ArrayDeque<>();
    private final Thread worker;
    private long nextId = 1;
    private boolean closed;
    private GsmModem modem;

    private GsmOutbox(ModemConnector connector, OutboxSettings settings, Clock clock, OutboxListener listener) {
        this.connector = connector;
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
        this.worker = Thread.ofVirtual().name("gsm-outbox").start(this::work);
    }

    /** @return a running outbox that opens its modem through {@code connector} when the first job comes */
    public static GsmOutbox start(ModemConnector connector, OutboxSettings settings, Clock clock,
            OutboxListener listener) {
        return new GsmOutbox(Objects.requireNonNull(connector, "connector"),
                Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Queues a text for {@code number}.
     *
     * @return the job; its result is the message references of the parts
     * @throws IllegalArgumentException when the number does not parse or the text needs more than 255 parts
     * @throws OutboxFullException      when {@link OutboxSettings#capacity()} jobs are waiting
     * @throws OutboxClosedException    after {@link #close()}
     */
    public OutboxJob<List<Integer>> sendSms(String number, String text) {
        PhoneNumber to = PhoneNumber.parse(number);
        SmsComposer.plan(text);
        return submit(id -> new Job.Sms(queued(id, JobKind.SMS, number), to, text));
    }

    /**
     * Queues a wake-up call: {@code number} is called for {@code ring}, then hung up.
     *
     * @return the job; its result is the call's outcome
     * @throws IllegalArgumentException when the number does not parse or the ring time is not positive
     * @throws OutboxFullException      when {@link OutboxSettings#capacity()} jobs are waiting
     * @throws OutboxClosedException    after {@link #close()}
     */
    public OutboxJob<CallOutcome> call(String number, Duration ring) {
        PhoneNumber to = PhoneNumber.parse(number);
        if (ring.isNegative() || ring.isZero()) {
            throw new IllegalArgumentException("ring time must be positive, not " + ring);
        }
        return submit(id -> new Job.Call(queued(id, JobKind.CALL, number), to, ring));
    }

    /** @return the status of job {@code id}, while it is waiting, running, or among the last finished ones kept */
    public Optional<JobStatus> status(long id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id)).map(Job::status);
        }
    }

    /** @return the statuses of the jobs known (waiting, running, recently finished), oldest first */
    public List<JobStatus> jobs() {
        synchronized (jobs) {
            return jobs.values().stream().map(Job::status).toList();
        }
    }

    /** @return the jobs of {@link #jobs()} in a given state (tests, the console's counters) */
    public List<JobStatus> jobs(JobState state) {
        List<JobStatus> out = new ArrayList<>();
        for (JobStatus status : jobs()) {
            if (status.state() == state) {
                out.add(status);
            }
        }
        return out;
    }

    /** @return jobs waiting for the worker, not counting the one in progress */
    public int waiting() {
        return (int) queue.stream().filter(job -> job != stop).count();
    }

    /**
     * Refuses new jobs, lets the attempt in progress finish, fails the waiting jobs and closes the modem; returns when
     * the worker has stopped. Idempotent.
     */
    @Override
    public void close() {
        synchronized (submitLock) {
            if (!closed) {
                closed = true;
                closing.countDown();
                queue.addFirst(stop);
            }
        }
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private interface JobFactory<J extends Job<?>> {
        J create(long id);
    }

    private <T, J extends Job<T>> OutboxJob<T> submit(JobFactory<J> factory) {
        synchronized (submitLock) {
            J job = factory.create(nextId);
            if (closed) {
                throw new OutboxClosedException(job.toString());
            }
            if (waiting() >= settings.capacity()) {
                throw new OutboxFullException(settings.capacity(), job.toString());
            }
            nextId++;
            synchronized (jobs) {
                jobs.put(job.id(), job);
            }
            tell(job.status());
            queue.add(job);
            return job;
        }
    }

    private JobStatus queued(long id, JobKind kind, String number) {
        return new JobStatus(id, kind, number, JobState.QUEUED, 0, Optional.empty(), clock.instant(), clock.instant());
    }

    private void work() {
        try {
            for (Job<?> job = queue.take(); job != stop; job = queue.take()) {
                process(job);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (Job<?> job = queue.poll(); job != null; job = queue.poll()) {
                if (job != stop) {
                    fail(job, "outbox closed before the job was tried", null);
                }
            }
            dropModem();
        }
    }

    private <T> void process(Job<T> job) throws InterruptedException {
        Optional<String> failure = Optional.empty();
        Throwable last = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            if (attempt > 1 && closing.await(settings.backoffBefore(attempt).toNanos(), TimeUnit.NANOSECONDS)) {
                fail(job, failure.orElseThrow() + "; outbox closed before attempt " + attempt, last);
                return;
            }
            update(job, JobState.SENDING, attempt, failure);
            try {
                T result = job.attempt(modem());
                update(job, JobState.SENT, attempt, Optional.empty());
                job.future().complete(result);
                return;
            } catch (GsmModemException e) {
                last = e;
                failure = Optional.of(e.getMessage());
                if (!(e instanceof ModemErrorException)) {
                    dropModem(); // the modem's state is in doubt: reopen and initialise it for the next attempt
                }
                if (attempt < settings.maxAttempts()) {
                    update(job, JobState.SENDING, attempt, failure); // tell the failure now, not after the pause
                }
            } catch (RuntimeException e) {
                // a bug, not the modem's fault: retrying would fail the same way
                LOG.log(System.Logger.Level.ERROR, "GSM outbox: " + job + " failed unexpectedly", e);
                dropModem();
                fail(job, "internal error: " + e, e);
                return;
            }
        }
        fail(job, failure.orElseThrow(), last);
    }

    private GsmModem modem() throws GsmModemException {
        if (modem == null) {
            modem = connector.connect();
        }
        return modem;
    }

    private void dropModem() {
        if (modem != null) {
            modem.close();
            modem = null;
        }
    }

    private void fail(Job<?> job, String reason, Throwable last) {
        update(job, JobState.FAILED, job.status().attempts(), Optional.of(reason));
        job.future().completeExceptionally(new JobFailedException(job.status(), last));
    }

    private void update(Job<?> job, JobState state, int attempts, Optional<String> failure) {
        JobStatus status = job.status().next(state, attempts, failure, clock.instant());
        job.status(status);
        if (state.finished()) {
            remember(job);
        }
        tell(status);
    }

    private void remember(Job<?> finishedJob) {
        synchronized (jobs) {
            finished.add(finishedJob.id());
            while (finished.size() > settings.history()) {
                jobs.remove(finished.poll());
            }
        }
    }

    private void tell(JobStatus status) {
        try {
            listener.changed(status);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "GSM outbox listener failed on " + status, e);
        }
    }

}
