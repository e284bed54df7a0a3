package org.castellan.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events for live pages and API clients. Modules publish a value on a topic for one organization;
 * each subscriber receives what is on its topics and in organizations its {@code orgFilter} accepts (the
 * subscriber's scope). A subscriber that cannot keep up or has gone away is dropped; publishing never blocks on
 * a slow client for long and never throws. A comment line is sent every 20 s so proxies keep idle streams open.
 */
@Component
public class LiveFeed {
    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    private static final Duration NO_TIMEOUT = Duration.ZERO;

    private record Subscriber(SseEmitter emitter, Set<String> topics, LongPredicate orgFilter) {
    }

    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();

    /** Opens a stream; the caller returns the emitter from its controller method. */
    public SseEmitter subscribe(Set<String> topics, LongPredicate orgFilter) {
        SseEmitter emitter = new SseEmitter(NO_TIMEOUT.toMillis());
        Subscriber subscriber = new Subscriber(emitter, Set.copyOf(topics), orgFilter);
        subscribers.add(subscriber);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        send(subscriber, SseEmitter.event().comment("connected"));
        return emitter;
    }

    public void publish(String topic, long orgId, Object value) {
        for (Subscriber s : subscribers) {
            if (s.topics().contains(topic) && s.orgFilter().test(orgId)) {
                send(s, SseEmitter.event().name(topic).data(value, MediaType.APPLICATION_JSON));
            }
        }
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    /**
     * Ends every stream when the application stops. An open stream is an active request, and a graceful shutdown
     * would otherwise wait its whole timeout for browsers that never hang up; clients reconnect by themselves.
     * Runs on {@link ContextClosedEvent}, which comes before the web server's graceful shutdown phase.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        subscribers.forEach(s -> {
            subscribers.remove(s);
            s.emitter().complete();
        });
    }

    @Scheduled(fixedDelayString = "PT20S")
    void heartbeat() {
        subscribers.forEach(s -> send(s, SseEmitter.event().comment("keep-alive")));
    }

    private void send(Subscriber s, SseEmitter.SseEventBuilder event) {
        try {
            s.emitter().send(event);
        } catch (IOException | IllegalStateException e) {
            log.debug("Dropping a live-feed subscriber: {}", e.toString());
            subscribers.remove(s);
            s.emitter().completeWithError(e);
        }
    }
}
