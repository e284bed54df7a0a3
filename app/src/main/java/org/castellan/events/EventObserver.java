package org.castellan.events;

/**
 * Sees every event once it is stored: alarm rules, notification rules. Spring beans of this type are called by
 * the {@link EventJournal} after the transaction that stored the event commits — on the journal's dispatch thread
 * for batched events ({@link EventJournal#submit}), on the committing thread for {@link EventJournal#append} — so
 * an observer never sees an event that was rolled back.
 *
 * <p><b>Threading:</b> called from several threads; must be thread-safe and quick (a slow observer holds back the
 * ones after it and, through the bounded dispatch queue, the writer). An exception is logged and counted
 * ({@code castellan.events.observer.failures}) and does not reach the other observers.
 */
@FunctionalInterface
public interface EventObserver {
    void stored(Event event);
}
