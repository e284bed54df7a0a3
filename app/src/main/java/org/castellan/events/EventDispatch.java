package org.castellan.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.castellan.platform.LiveFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Hands stored events on: to the {@link LiveFeed} (topic {@link EventJournal#TOPIC}) and to every
 * {@link EventObserver} bean, in order. Never throws. Thread-safe.
 */
@Component
class EventDispatch {
    private static final Logger log = LoggerFactory.getLogger(EventDispatch.class);

    private final LiveFeed feed;
    private final ObjectProvider<EventObserver> observerBeans;
    private final Counter failures;
    private volatile List<EventObserver> observers;

    EventDispatch(LiveFeed feed, ObjectProvider<EventObserver> observerBeans, MeterRegistry meters) {
        this.feed = feed;
        this.observerBeans = observerBeans;
        this.failures = meters.counter("castellan.events.observer.failures");
    }

    void dispatch(Event event) {
        feed.publish(EventJournal.TOPIC, event.orgId(), event);
        for (EventObserver observer : observers()) {
            try {
                observer.stored(event);
            } catch (RuntimeException e) {
                failures.increment();
                log.error("Event observer {} failed on event {} ({}): {}", observer.getClass().getSimpleName(),
                        event.id(), event.type(), e.toString(), e);
            }
        }
    }

    /** Looked up on first use: observers may depend on services that depend on the journal. */
    private List<EventObserver> observers() {
        List<EventObserver> list = observers;
        if (list == null) {
            list = observerBeans.orderedStream().toList();
            observers = list;
        }
        return list;
    }
}
