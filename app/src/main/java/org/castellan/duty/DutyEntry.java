package org.castellan.duty;

import java.time.Instant;

/** One entry of a shift's log, written by its dispatcher (or an administrator). */
public record DutyEntry(long id, long shiftId, long orgId, long authorId, String authorName, Instant at,
                        EntryKind kind, String text) {
}
