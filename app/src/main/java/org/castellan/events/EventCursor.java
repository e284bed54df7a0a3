package org.castellan.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.castellan.platform.InvalidInputException;

/**
 * Where a page of the journal ended: the last event's time and id. Pages are keyset pages (newest first, ties by
 * id), so reading page 1,000 costs what page 1 does and events appended meanwhile never shift a page.
 * Written as {@code <instant>_<id>}, e.g. {@code 2026-11-22T08:15:00.123456Z_48211}.
 */
public record EventCursor(Instant occurredAt, long id) {
    public static EventCursor after(Event last) {
        return new EventCursor(last.occurredAt(), last.id());
    }

    /** @throws InvalidInputException (field {@code after}) for anything but a cursor this class wrote */
    public static EventCursor parse(String token) {
        int cut = token == null ? -1 : token.lastIndexOf('_');
        if (cut <= 0) {
            throw new InvalidInputException("after", "validation.eventCursor", String.valueOf(token));
        }
        try {
            return new EventCursor(Instant.parse(token.substring(0, cut)), Long.parseLong(token.substring(cut + 1)));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new InvalidInputException("after", "validation.eventCursor", token);
        }
    }

    @Override
    public String toString() {
        return occurredAt + "_" + id;
    }
}
