package org.castellan.notify;

import io.micrometer.core.instrument.MeterRegistry;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends deliveries: claims due rows of {@code notification_delivery} ({@code for update skip locked}, so any number
 * of application nodes may run it side by side), sends each through its channel's {@link ChannelSender} on a
 * virtual thread, and records SENT, RETRYING (pauses doubling from {@code castellan.notify.first-retry}) or FAILED
 * after {@code castellan.notify.attempts}. A claim is a lease: rows of a node that died are taken over when it ends.
 * {@link #wake} (after an enqueue commits) makes it look at once; otherwise it polls every
 * {@code castellan.notify.poll} for due retries. Counters {@code castellan.notify.sent} and
 * {@code castellan.notify.failed} by {@code channel} (a failed attempt, not only a final failure).
 *
 * <p><b>Lifecycle:</b> a {@link SmartLifecycle}; stopping waits briefly for sends in flight, whose rows are then
 * retried after their lease. <b>Threading:</b> one claiming thread, one virtual thread per send; thread-safe.
 */
@Component
class DeliveryWorker implements SmartLifecycle {
    private static final Logger LOG = System.getLogger(DeliveryWorker.class.getName());
    private static final int BATCH = 50;

    private final DeliveryRepository repository;
    private final Map<ChannelKind, ChannelSender> senders = new EnumMap<>(ChannelKind.class);
    private final NotifyProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String node = nodeName();
    private final Semaphore signal = new Semaphore(0);
    /** Sends in flight per channel at most: SMS go through one modem one at a time anyway. */
    private final Map<ChannelKind, Semaphore> capacity = new EnumMap<>(Map.of(
            ChannelKind.EMAIL, new Semaphore(16), ChannelKind.SMS, new Semaphore(2),
            ChannelKind.WEBHOOK, new Semaphore(64), ChannelKind.MQTT, new Semaphore(16)));
    private final ExecutorService sending = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean running;
    private Thread thread;

    DeliveryWorker(DeliveryRepository repository, List<ChannelSender> senders, NotifyProperties properties,
                   MeterRegistry meters, Clock clock) {
        this.repository = repository;
        senders.forEach(s -> this.senders.put(s.kind(), s));
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /** Look for due deliveries now (called after a delivery was committed). Never blocks. */
    void wake() {
        signal.release();
    }

    /**
     * Attempts one delivery now if it is due at {@code now} and nobody holds it, on the calling thread: how tests
     * step a delivery through its attempts at the times they are due without waiting for the pauses.
     *
     * @return whether it was attempted
     */
    boolean attempt(long deliveryId, Instant now) {
        List<Outgoing> claimed = repository.claim(node, now, now.plus(properties.lease()), 1, deliveryId);
        claimed.forEach(o -> send(o, now));
        return !claimed.isEmpty();
    }

    private void run() {
        while (running) {
            try {
                int claimed = claimAndSend();
                if (claimed < BATCH) {
                    signal.tryAcquire(properties.poll().toNanos(), TimeUnit.NANOSECONDS);
                    signal.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "claiming notification deliveries failed; retrying", e);
                pause(properties.poll());
            }
        }
    }

    /**
     * Claims, channel by channel, as many due deliveries as that channel has free senders, so a slow channel (one GSM
     * modem sends one SMS at a time) never holds up the others: its backlog stays unclaimed in the table.
     *
     * @return how many were claimed
     */
    private int claimAndSend() {
        int total = 0;
        for (Map.Entry<ChannelKind, Semaphore> channel : capacity.entrySet()) {
            Semaphore free = channel.getValue();
            int permits = free.drainPermits();
            if (permits == 0) {
                continue;
            }
            Instant now = clock.instant();
            List<Outgoing> claimed;
            try {
                claimed = repository.claim(node, now, now.plus(properties.lease()), Math.min(BATCH, permits), null,
                        channel.getKey());
            } finally {
                free.release(permits);
            }
            for (Outgoing outgoing : claimed) {
                free.acquireUninterruptibly(); // a permit was free when claimed and only this thread takes them
                sending.execute(() -> {
                    try {
                        send(outgoing, null);
                    } finally {
                        free.release();
                        signal.release();
                    }
                });
            }
            total += claimed.size();
        }
        return total;
    }

    /** {@code at}: the time the attempt counts as made (null: the clock's). Never throws. */
    private void send(Outgoing outgoing, Instant at) {
        Delivery d = outgoing.delivery();
        int attempt = d.attempts() + 1;
        ChannelSender sender = senders.get(d.channel());
        try {
            if (sender == null) {
                throw DeliveryException.permanent("no sender for channel " + d.channel());
            }
            sender.send(outgoing);
            repository.sent(d.id(), attempt, at == null ? clock.instant() : at);
            meters.counter("castellan.notify.sent", "channel", d.channel().name().toLowerCase()).increment();
        } catch (DeliveryException | RuntimeException e) {
            String reason = reason(e);
            boolean last = attempt >= properties.attempts() || e instanceof DeliveryException de && de.permanent();
            Instant now = at == null ? clock.instant() : at;
            repository.failed(d.id(), attempt, reason, last ? null : now.plus(properties.pauseAfter(attempt)));
            meters.counter("castellan.notify.failed", "channel", d.channel().name().toLowerCase()).increment();
            LOG.log(last ? Level.WARNING : Level.INFO, "delivery {0} ({1} to {2}) attempt {3} failed{4}: {5}",
                    d.id(), d.channel(), d.address(), attempt, last ? " finally" : "", reason);
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("notify-deliveries").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(5));
                sending.shutdown();
                sending.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
