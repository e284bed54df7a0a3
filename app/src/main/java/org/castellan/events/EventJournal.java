package org.castellan.events;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.LiveFeed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The append-only journal of everything that happens. Two ways in:
 * <ul>
 *   <li>{@link #submit} — the usual way for edges and rules: batched, asynchronous, ordered; survives a brief
 *       database outage in a bounded buffer and pushes back on producers when it is full ({@link EventWriter});</li>
 *   <li>{@link #append} — inside the caller's transaction, for an event that must commit or roll back with a
 *       change (a device's state, an alarm's acknowledgement).</li>
 * </ul>
 * Either way, once stored and committed the event goes to the {@link LiveFeed} (topic {@value #TOPIC}) and to
 * every {@link EventObserver}. Reading is scoped to the caller's organizations. Thread-safe.
 */
@Service
public class EventJournal {
    public static final String TOPIC = "event";

    private final EventRepository repository;
    private final EventWriter writer;
    private final EventDispatch dispatch;

    EventJournal(EventRepository repository, EventWriter writer, EventDispatch dispatch) {
        this.repository = repository;
        this.writer = writer;
        this.dispatch = dispatch;
    }

    /**
     * Queues an event for the batched writer; waits only while the buffer is full.
     *
     * @return completes with the stored event once it committed, exceptionally if the database refused it
     * @throws IllegalStateException when the application is stopping
     */
    public CompletableFuture<Event> submit(NewEvent event) {
        return writer.submit(event);
    }

    /** Stores the event in the caller's transaction (or its own); observers see it after commit. */
    @Transactional
    public Event append(NewEvent event) {
        Event stored = repository.insert(event);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatch.dispatch(stored);
                }
            });
        } else {
            dispatch.dispatch(stored);
        }
        return stored;
    }

    /** A page of the search, newest first, with the cursor of the next page. */
    @Transactional(readOnly = true)
    public EventPage search(CurrentUser user, EventFilter filter) {
        List<Event> rows = repository.search(user, filter, filter.limit() + 1);
        if (rows.size() <= filter.limit()) {
            return new EventPage(rows, null);
        }
        List<Event> page = rows.subList(0, filter.limit());
        return new EventPage(page, EventCursor.after(page.get(page.size() - 1)).toString());
    }

    /** The first page of a search, newest first. */
    @Transactional(readOnly = true)
    public List<Event> find(CurrentUser user, EventFilter filter) {
        return repository.search(user, filter, filter.limit());
    }

    /** Events submitted and not yet stored. */
    public int buffered() {
        return writer.buffered();
    }
}
