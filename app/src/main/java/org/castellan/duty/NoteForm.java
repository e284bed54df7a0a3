package org.castellan.duty;

import jakarta.validation.constraints.Size;

/**
 * The note a dispatcher adds when confirming or accepting a handover; may be empty.
 *
 * @param seen on confirming, the {@link Situation#fingerprint} of the situation the dispatcher looked at (optional)
 */
public record NoteForm(@Size(max = DutyService.MAX_TEXT) String note, @Size(max = 64) String seen) {
}
