package org.castellan.metering;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import org.castellan.modems.GatewayProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's meter reading: one loop thread that, every {@code castellan.metering.tick}, runs the scheduler (unless
 * {@code castellan.metering.schedule=false}), prunes old snapshots and jobs once an hour, and claims as many jobs as
 * there are free slots ({@code castellan.metering.concurrency}) on lines not busy here; each job runs on a virtual
 * thread of its own ({@link ReadExecution}). A job finishing wakes the loop at once, so a line's next job does not wait
 * for the tick.
 *
 * <p><b>Lifecycle:</b> starts after the gateway (whose modems it reads through), stops before it, letting running jobs
 * finish for a few seconds; a job cut off is queued again by its lease running out.
 */
@Component
@ConditionalOnProperty(name = "castellan.metering.enabled", havingValue = "true", matchIfMissing = true)
public class ReadWorker implements SmartLifecycle {
    private static final Logger LOG = System.getLogger(ReadWorker.class.getName());

    private final ReadQueue queue;
    private final ReadScheduler scheduler;
    private final ReadExecution execution;
    private final CurrentStore current;
    private final MeteringProperties properties;
    private final boolean scheduling;
    private final Clock clock;
    private final String node;
    private final Set<String> busyLines = ConcurrentHashMap.newKeySet();
    private final Semaphore slots;
    private final Object wake = new Object();
    private final AtomicLong finished = new AtomicLong();
    private volatile boolean running;
    private Thread loop;
    private ExecutorService jobs;
    private Instant lastPrune = Instant.EPOCH;

    ReadWorker(ReadQueue queue, ReadScheduler scheduler, ReadExecution execution, CurrentStore current,
               MeteringProperties properties, GatewayProperties gateway, Clock clock, MeterRegistry registry,
               @org.springframework.beans.factory.annotation.Value("${castellan.metering.schedule:true}")
               boolean scheduling) {
        this.queue = queue;
        this.scheduler = scheduler;
        this.execution = execution;
        this.current = current;
        this.properties = properties;
        this.scheduling = scheduling;
        this.clock = clock;
        this.node = properties.node() == null || properties.node().isBlank() ? gateway.nodeName() : properties.node();
        this.slots = new Semaphore(properties.concurrency());
        registry.gauge("castellan.metering.reads.running", busyLines, Set::size);
        io.micrometer.core.instrument.FunctionCounter.builder("castellan.metering.reads.finished", finished, AtomicLong::get)
                .register(registry);
    }

    /** This node's name in claims. */
    public String node() {
        return node;
    }

    @Override
    public synchronized void start() {
        running = true;
        jobs = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("meter-read-", 0).factory());
        loop = Thread.ofPlatform().name("meter-reads").daemon().start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        synchronized (wake) {
            wake.notifyAll();
        }
        try {
            if (loop != null) {
                loop.join(5000);
            }
            if (jobs != null) {
                jobs.shutdown();
                if (!jobs.awaitTermination(5, TimeUnit.SECONDS)) {
                    jobs.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 50; // after the gateway node (MAX - 100): reads go through its modems
    }

    private void run() {
        while (running) {
            try {
                Instant now = clock.instant();
                if (scheduling) {
                    scheduler.tick(now);
                }
                prune(now);
                claim(now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "meter read loop: " + e.getMessage(), e);
            }
            synchronized (wake) {
                try {
                    wake.wait(properties.tick().toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void claim(Instant now) {
        int free = slots.availablePermits();
        if (free == 0) {
            return;
        }
        for (ReadJob job : queue.claim(node, free, List.copyOf(busyLines), now, properties.lease())) {
            if (!slots.tryAcquire()) {
                break; // cannot happen: only this thread acquires; the lease requeues the job if it ever did
            }
            busyLines.add(job.line());
            jobs.execute(() -> {
                try {
                    execution.execute(job);
                } finally {
                    busyLines.remove(job.line());
                    slots.release();
                    finished.incrementAndGet();
                    synchronized (wake) {
                        wake.notifyAll();
                    }
                }
            });
        }
    }

    private void prune(Instant now) {
        if (now.isBefore(lastPrune.plusSeconds(3600))) {
            return;
        }
        lastPrune = now;
        current.prune(now.minus(properties.currentRetention()));
        queue.prune(now.minus(properties.jobRetention()));
    }
}
