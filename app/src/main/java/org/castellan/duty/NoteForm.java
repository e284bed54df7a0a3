package org.castellan.duty;

import jakarta.validation.constraints.Size;

/** The note a dispatcher adds when confirming or accepting a handover; may be empty. */
public record NoteForm(@Size(max = DutyService.MAX_TEXT) String note) {
}
