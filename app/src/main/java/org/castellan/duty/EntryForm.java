package org.castellan.duty;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new duty log entry, from the console form or the API. */
public record EntryForm(@NotNull EntryKind kind, @NotBlank @Size(max = DutyService.MAX_TEXT) String text) {
    static EntryForm empty() {
        return new EntryForm(EntryKind.NOTE, "");
    }
}
