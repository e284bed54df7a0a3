package org.castellan.events;

import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the {@link EventWriter} puts batches: ids and the recorded time are reserved once per event, then the
 * batch is copied in under them; a retry after a lost commit inserts skipping what is there, so nothing is stored
 * twice. Tests give the writer a store
 * that fails on demand.
 */
interface EventStore {
    /** @return the events with ids and recorded time, in the given order */
    List<Event> reserve(List<NewEvent> events);

    /**
     * Stores the reserved events in one transaction.
     *
     * @param retry whether this batch was attempted before: then events already stored under their id are skipped
     *              (the first attempt uses COPY, which cannot skip)
     */
    void insert(List<Event> events, boolean retry);

    static EventStore of(EventRepository repository, TransactionTemplate transactions) {
        return new EventStore() {
            @Override
            public List<Event> reserve(List<NewEvent> events) {
                EventRepository.Reservation r = repository.reserve(events.size());
                List<Event> reserved = new ArrayList<>(events.size());
                for (int i = 0; i < events.size(); i++) {
                    NewEvent e = events.get(i);
                    reserved.add(new Event(r.ids()[i], e.orgId(), e.occurredAt(), r.recordedAt(), e.type(),
                            e.severity(), e.deviceId(), e.personId(), e.siteId(), e.zoneId(), e.source(),
                            e.message(), e.data()));
                }
                return reserved;
            }

            @Override
            public void insert(List<Event> events, boolean retry) {
                transactions.executeWithoutResult(tx -> {
                    if (retry) {
                        repository.insertAll(events);
                    } else {
                        repository.copyAll(events);
                    }
                });
            }
        };
    }
}
