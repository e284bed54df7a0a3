package org.castellan.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes submitted events in batches, in submission order, on one platform thread; a second thread hands the
 * stored ones to {@link EventDispatch}, so observers (alarm rules) never hold up the database writes.
 *
 * <p>Nothing is lost while the database is briefly unavailable: the batch in hand is retried with pauses growing
 * to {@code retry-limit} (under the ids reserved for it the first time, so a commit whose answer was lost with the
 * connection is not stored twice), and submitted events wait in a buffer of {@code castellan.events.buffer}. When
 * the buffer is full, {@link #submit} waits for room (back-pressure), {@code castellan.events.buffer.full} counts
 * the producers that had to wait, and one log line says so per episode. A batch the database refuses for its
 * content (a constraint, a value out of range) is written event by event so that only the refused events are
 * dropped, each logged and counted ({@code castellan.events.rejected}); every other failure counts as the database
 * being unavailable.
 *
 * <p>{@link #stop} writes what is buffered (up to {@value #DRAIN_SECONDS} s) before the database closes.
 * Thread-safe.
 */
@Component
class EventWriter implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(EventWriter.class);
    private static final int DRAIN_SECONDS = 20;
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);

    private static final class Pending {
        final NewEvent event;
        final CompletableFuture<Event> stored = new CompletableFuture<>();
        Event reserved;
        boolean tried;

        Pending(NewEvent event) {
            this.event = event;
        }
    }

    private final EventStore store;
    private final Consumer<Event> dispatch;
    private final EventProperties settings;
    private final BlockingQueue<Pending> buffer;
    private final BlockingQueue<List<Event>> toDispatch = new ArrayBlockingQueue<>(64);
    private final Counter full;
    private final Counter stored;
    private final Counter dispatched;
    private final Counter rejected;
    private final Counter writeFailures;
    private final Timer batches;
    private volatile boolean running;
    private volatile boolean fullLogged;
    private Thread writer;
    private Thread dispatcher;

    @Autowired
    EventWriter(EventRepository repository, EventDispatch dispatch, TransactionTemplate transactions,
                EventProperties settings, MeterRegistry meters) {
        this(EventStore.of(repository, transactions), dispatch::dispatch, settings, meters);
    }

    EventWriter(EventStore store, Consumer<Event> dispatch, EventProperties settings, MeterRegistry meters) {
        this.store = store;
        this.dispatch = dispatch;
        this.settings = settings;
        this.buffer = new ArrayBlockingQueue<>(settings.buffer());
        meters.gauge("castellan.events.buffered", buffer, BlockingQueue::size);
        this.full = meters.counter("castellan.events.buffer.full");
        this.stored = meters.counter("castellan.events.stored");
        this.dispatched = meters.counter("castellan.events.dispatched");
        this.rejected = meters.counter("castellan.events.rejected");
        this.writeFailures = meters.counter("castellan.events.write.failures");
        this.batches = meters.timer("castellan.events.batch");
    }

    /** For tests: a writer with its own meters. */
    EventWriter(EventStore store, Consumer<Event> dispatch, EventProperties settings) {
        this(store, dispatch, settings, new SimpleMeterRegistry());
    }

    /**
     * Queues an event; waits while the buffer is full.
     *
     * @return completes with the stored event once its batch committed (before observers run), exceptionally
     *         when the database refused it for its content or the journal stopped before writing it
     * @throws IllegalStateException when the journal is not running, or stops while the caller waits
     */
    CompletableFuture<Event> submit(NewEvent event) {
        if (!running) {
            throw new IllegalStateException("The event journal is stopped");
        }
        Pending pending = new Pending(event);
        if (buffer.offer(pending)) {
            return pending.stored;
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
        return pending.stored;
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
            batch.forEach(p -> p.stored.completeExceptionally(new IllegalStateException("journal stopped")));
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
        int failures = 0;
        while (true) {
            try {
                reserve(batch);
                List<Event> events = batch.stream().map(p -> p.reserved).toList();
                Timer.Sample sample = Timer.start();
                boolean retry = batch.stream().anyMatch(p -> p.tried);
                batch.forEach(p -> p.tried = true);
                store.insert(events, retry);
                sample.stop(batches);
                if (failures > 0) {
                    log.info("Event journal available again after {} failed attempts; {} events waiting", failures,
                            buffer.size() + batch.size());
                }
                completed(batch, events);
                return;
            } catch (DataIntegrityViolationException e) {
                if (batch.size() == 1) {
                    refuse(batch.get(0), e);
                } else {
                    for (Pending p : batch) {
                        write(List.of(p));
                    }
                }
                return;
            } catch (RuntimeException e) {
                writeFailures.increment();
                if (failures++ == 0) {
                    log.warn("Event journal unavailable ({}); {} events wait in memory, retrying", e.toString(),
                            buffer.size() + batch.size());
                }
            }
            Thread.sleep(pause);
            pause = pause.multipliedBy(2).compareTo(settings.retryLimit()) > 0 ? settings.retryLimit()
                    : pause.multipliedBy(2);
        }
    }

    private void reserve(List<Pending> batch) {
        List<Pending> fresh = batch.stream().filter(p -> p.reserved == null).toList();
        if (fresh.isEmpty()) {
            return;
        }
        List<Event> reserved = store.reserve(fresh.stream().map(p -> p.event).toList());
        for (int i = 0; i < fresh.size(); i++) {
            fresh.get(i).reserved = reserved.get(i);
        }
    }

    private void refuse(Pending p, DataIntegrityViolationException e) {
        rejected.increment();
        log.error("The journal refused event {} of org {} at {}: {}", p.event.type(), p.event.orgId(),
                p.event.occurredAt(), e.getMostSpecificCause().getMessage());
        p.stored.completeExceptionally(e);
    }

    private void completed(List<Pending> batch, List<Event> events) throws InterruptedException {
        stored.increment(events.size());
        for (int i = 0; i < events.size(); i++) {
            batch.get(i).stored.complete(events.get(i));
        }
        toDispatch.put(events);
    }

    private void dispatchLoop() {
        try {
            while (true) {
                List<Event> events = toDispatch.take();
                if (events.isEmpty()) {
                    return;
                }
                events.forEach(dispatch);
                dispatched.increment(events.size());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        writer = Thread.ofPlatform().name("event-writer").daemon(true).start(this::writeLoop);
        dispatcher = Thread.ofPlatform().name("event-dispatch").daemon(true).start(this::dispatchLoop);
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
