package org.castellan.events;

import java.util.List;

/**
 * One page of a journal search, newest first.
 *
 * @param next the cursor for the following page, null on the last one
 */
public record EventPage(List<Event> events, String next) {
    public EventPage {
        events = List.copyOf(events);
    }
}
