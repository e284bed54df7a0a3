package org.castellan.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes submitted events in batches, in submission order, on one platform thread; a second thread hands the
 * stored ones to {@link EventDispatch}, so observers (alarm rules) never hold up the database writes.
 *
 * <p>Nothing is lost while the database is briefly unavailable: the batch in hand is retried with pauses growing
 * to {@code retry-limit}, and submitted events wait in a buffer of {@code castellan.events.buffer}. When the buffer
 * is full, {@link #submit} waits for room (back-pressure), {@code castellan.events.buffer.full} counts the
 * producers that had to wait, and one log line says so per episode. A batch the database refuses for its content
 * (not for its availability) is written event by event so that only the refused events are dropped, each logged
 * and counted ({@code castellan.events.rejected}).
 *
 * <p>{@link #stop} writes what is buffered (up to {@value #DRAIN_SECONDS} s) before the database closes.
 * Thread-safe.
 */
@Component
class EventWriter implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(EventWriter.class);
    private static final int DRAIN_SECONDS = 20;
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);

    private record Pending(NewEvent event, CompletableFuture<Event> stored) {
    }

    private final EventRepository repository;
    private final EventDispatch dispatch;
    private final TransactionTemplate transactions;
    private final EventProperties settings;
    private final BlockingQueue<Pending> buffer;
    private final BlockingQueue<List<Event>> toDispatch = new ArrayBlockingQueue<>(64);
    private final Counter full;
    private final Counter stored;
    private final Counter rejected;
    private final Counter writeFailures;
    private final Timer batches;
    private volatile boolean running;
    private volatile boolean fullLogged;
    private Thread writer;
    private Thread dispatcher;

    EventWriter(EventRepository repository, EventDispatch dispatch, TransactionTemplate transactions,
                EventProperties settings, MeterRegistry meters) {
        this.repository = repository;
        this.dispatch = dispatch;
        this.transactions = transactions;
        this.settings = settings;
        this.buffer = new ArrayBlockingQueue<>(settings.buffer());
        meters.gauge("castellan.events.buffered", buffer, BlockingQueue::size);
        this.full = meters.counter("castellan.events.buffer.full");
        this.stored = meters.counter("castellan.events.stored");
        this.rejected = meters.counter("castellan.events.rejected");
        this.writeFailures = meters.counter("castellan.events.write.failures");
        this.batches = meters.timer("castellan.events.batch");
    }

    /**
     * Queues an event; waits while the buffer is full.
     *
     * @return completes with the stored event once its batch committed (before observers run), exceptionally
     *         when the database refused it for its content or the journal stopped before writing it
     * @throws IllegalStateException when the journal is not running
     */
    CompletableFuture<Event> submit(NewEvent event) {
        if (!running) {
            throw new IllegalStateException("The event journal is stopped");
        }
        Pending pending = new Pending(event, new CompletableFuture<>());
        if (buffer.offer(pending)) {
            return pending.stored();
        }
        full.increment();
        if (!fullLogged) {
            fullLogged = true;
            log.warn("Event buffer full ({} events): producers wait until the journal catches up", settings.buffer());
        }
        try {
            while (!buffer.offer(pending, 100, TimeUnit.MILLISECONDS)) {
                if (!running) {
                    throw new IllegalStateException("The event journal is stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for room in the event buffer", e);
        }
        return pending.stored();
    }

    int buffered() {
        return buffer.size();
    }

    private void writeLoop() {
        List<Pending> batch = new ArrayList<>(settings.batch());
        try {
            while (running || !buffer.isEmpty()) {
                Pending first = buffer.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                buffer.drainTo(batch, settings.batch() - 1);
                write(batch);
                batch.clear();
                if (fullLogged && buffer.remainingCapacity() > settings.buffer() / 2) {
                    fullLogged = false;
                    log.info("Event buffer has room again ({} events waiting)", buffer.size());
                }
            }
        } catch (InterruptedException e) {
            buffer.drainTo(batch);
            log.error("Event journal stopped while the database was unavailable: {} events not written",
                    batch.size());
            batch.forEach(p -> p.stored().completeExceptionally(new IllegalStateException("journal stopped")));
        } finally {
            toDispatch.offer(List.of());
        }
    }

    /**
     * Writes the batch, retrying while the database is unavailable; returns once it is stored or refused.
     *
     * @throws InterruptedException when stopped before the database came back
     */
    private void write(List<Pending> batch) throws InterruptedException {
        Duration pause = FIRST_RETRY;
        boolean logged = false;
        while (true) {
            try {
                List<NewEvent> events = batch.stream().map(Pending::event).toList();
                Timer.Sample sample = Timer.start();
                List<Event> saved = transactions.execute(tx -> repository.insertAll(events));
                sample.stop(batches);
                if (logged) {
                    log.info("Event journal available again; writing {} buffered events", buffer.size() + batch.size());
                }
                completed(batch, saved);
                return;
            } catch (DataAccessException e) {
                if (e instanceof NonTransientDataAccessException && !isUnavailable(e)) {
                    if (batch.size() == 1) {
                        refuse(batch.get(0), e);
                    } else {
                        writeOneByOne(batch);
                    }
                    return;
                }
                writeFailures.increment();
                if (!logged) {
                    logged = true;
                    log.warn("Event journal unavailable ({}); {} events wait in memory, retrying", e.getMessage(),
                            buffer.size() + batch.size());
                }
            }
            Thread.sleep(pause);
            pause = pause.multipliedBy(2).compareTo(settings.retryLimit()) > 0 ? settings.retryLimit()
                    : pause.multipliedBy(2);
        }
    }

    private void writeOneByOne(List<Pending> batch) throws InterruptedException {
        for (Pending p : batch) {
            write(List.of(p));
        }
    }

    private void refuse(Pending p, RuntimeException e) {
        rejected.increment();
        log.error("The journal refused event {} of org {} at {}: {}", p.event().type(), p.event().orgId(),
                p.event().occurredAt(), e.getMessage());
        p.stored().completeExceptionally(e);
    }

    /** Connection failures surface as non-transient on some paths (a refused connection when opening one). */
    private static boolean isUnavailable(DataAccessException e) {
        return e instanceof org.springframework.dao.DataAccessResourceFailureException
                || e instanceof org.springframework.jdbc.CannotGetJdbcConnectionException;
    }

    private void completed(List<Pending> batch, List<Event> saved) throws InterruptedException {
        stored.increment(saved.size());
        for (int i = 0; i < saved.size(); i++) {
            batch.get(i).stored().complete(saved.get(i));
        }
        toDispatch.put(saved);
    }

    private void dispatchLoop() {
        try {
            while (true) {
                List<Event> events = toDispatch.take();
                if (events.isEmpty()) {
                    return;
                }
                events.forEach(dispatch::dispatch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        writer = Thread.ofPlatform().name("event-writer").daemon().start(this::writeLoop);
        dispatcher = Thread.ofPlatform().name("event-dispatch").daemon().start(this::dispatchLoop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        join(writer);
        join(dispatcher);
    }

    private static void join(Thread t) {
        try {
            if (t != null && !t.join(Duration.ofSeconds(DRAIN_SECONDS))) {
                log.warn("{} did not finish within {} s", t.getName(), DRAIN_SECONDS);
                t.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Starts before and stops after everything that submits events (the web server, the gateway node, feature
     * services: default phases), and before the database closes (a bean, closed after every lifecycle).
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 8192;
    }
}
