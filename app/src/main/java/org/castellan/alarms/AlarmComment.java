package org.castellan.alarms;

import java.time.Instant;

/** A note a person wrote on an alarm. */
public record AlarmComment(long id, long alarmId, Long authorId, String authorName, String text, Instant at) {
}
