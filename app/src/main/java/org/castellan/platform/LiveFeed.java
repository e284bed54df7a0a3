package org.castellan.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events for live pages and API clients. Modules publish a value on a topic for one organization;
 * each subscriber receives what is on its topics and in organizations its {@code orgFilter} accepts (the
 * subscriber's scope). A comment line is sent every 20 s so proxies keep idle streams open.
 *
 * <p>Publishing never waits for a client: it only puts the event on each subscriber's queue (at most
 * {@value #QUEUE_LIMIT} events). One virtual thread per subscriber writes its queue to the socket and is the only
 * thread that ever writes to that stream. A subscriber whose queue is full — a browser on a link slower than the
 * events, or one that stopped reading — is dropped and counted; its EventSource reconnects and reloads the page's
 * recent events. So an edge appending events is never slowed by a browser.
 *
 * <p>Streams end after {@value #STREAM_MINUTES} minutes (browsers' EventSource reconnects by itself) and when the
 * application stops — before the web server's graceful shutdown, which would otherwise wait for them.
 * Thread-safe; never throws from {@link #publish}.
 */
@Component
public class LiveFeed implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    static final int STREAM_MINUTES = 30;
    static final int QUEUE_LIMIT = 20_000;
    static final int COALESCED = 256;
    private static final Duration STREAM_LIFETIME = Duration.ofMinutes(STREAM_MINUTES);

    private final class Subscriber {
        final SseEmitter emitter;
        final Set<String> topics;
        final LongPredicate orgFilter;
        final Predicate<Object> accept;
        final BlockingQueue<SseEmitter.SseEventBuilder> queue = new LinkedBlockingQueue<>(QUEUE_LIMIT);
        volatile Thread writer;

        Subscriber(SseEmitter emitter, Set<String> topics, LongPredicate orgFilter, Predicate<Object> accept) {
            this.emitter = emitter;
            this.topics = topics;
            this.orgFilter = orgFilter;
            this.accept = accept;
        }

        void offer(SseEmitter.SseEventBuilder event) {
            if (!queue.offer(event)) {
                dropped.incrementAndGet();
                log.debug("Dropping a live-feed subscriber that fell {} events behind", QUEUE_LIMIT);
                end();
            }
        }

        /**
         * The writer's loop: the only place this stream is written. What queued up meanwhile goes out in one write
         * and one flush (at most {@value #COALESCED} events), so a stream keeps up with thousands of events a
         * second without a flush per event.
         */
        void write() {
            List<SseEmitter.SseEventBuilder> batch = new ArrayList<>(COALESCED);
            try {
                while (subscribers.contains(this)) {
                    batch.add(queue.take());
                    queue.drainTo(batch, COALESCED - 1);
                    if (batch.size() == 1) {
                        emitter.send(batch.get(0));
                    } else {
                        Set<ResponseBodyEmitter.DataWithMediaType> items = new LinkedHashSet<>();
                        batch.forEach(event -> items.addAll(event.build()));
                        emitter.send(items);
                    }
                    batch.clear();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | IllegalStateException e) {
                log.debug("Live-feed subscriber went away: {}", e.toString());
                subscribers.remove(this);
            }
        }

        void end() {
            if (subscribers.remove(this)) {
                emitter.complete();
            }
            Thread w = writer;
            if (w != null) {
                w.interrupt();
            }
        }
    }

    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    private final AtomicLong dropped = new AtomicLong();
    private final Supplier<SseEmitter> emitters;
    private volatile boolean running;

    LiveFeed() {
        this(() -> new SseEmitter(STREAM_LIFETIME.toMillis()));
    }

    /** Tests give emitters whose sends they control. */
    LiveFeed(Supplier<SseEmitter> emitters) {
        this.emitters = emitters;
    }

    /** Opens a stream; the caller returns the emitter from its controller method. */
    public SseEmitter subscribe(Set<String> topics, LongPredicate orgFilter) {
        return subscribe(topics, orgFilter, value -> true);
    }

    /**
     * Opens a stream that receives only the values {@code accept} takes (a dispatcher's filters); it is called on
     * the publishing thread, so it must be quick.
     */
    public SseEmitter subscribe(Set<String> topics, LongPredicate orgFilter, Predicate<Object> accept) {
        Subscriber subscriber = new Subscriber(emitters.get(), Set.copyOf(topics), orgFilter, accept);
        subscribers.add(subscriber);
        subscriber.emitter.onCompletion(subscriber::end);
        subscriber.emitter.onTimeout(subscriber::end);
        subscriber.emitter.onError(e -> subscriber.end());
        subscriber.offer(SseEmitter.event().comment("connected"));
        subscriber.writer = Thread.ofVirtual().name("live-feed-writer").start(subscriber::write);
        return subscriber.emitter;
    }

    public void publish(String topic, long orgId, Object value) {
        for (Subscriber s : subscribers) {
            if (s.topics.contains(topic) && s.orgFilter.test(orgId) && s.accept.test(value)) {
                s.offer(SseEmitter.event().name(topic).data(value, MediaType.APPLICATION_JSON));
            }
        }
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    /** Subscribers dropped since start because they fell {@value #QUEUE_LIMIT} events behind. */
    public long droppedSubscribers() {
        return dropped.get();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every open stream so that the web server's graceful shutdown does not wait for them. */
    @Override
    public void stop() {
        running = false;
        subscribers.forEach(Subscriber::end);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Scheduled(fixedDelayString = "PT20S")
    void heartbeat() {
        subscribers.forEach(s -> s.offer(SseEmitter.event().comment("keep-alive")));
    }
}
