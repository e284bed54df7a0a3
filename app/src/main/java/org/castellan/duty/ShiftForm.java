package org.castellan.duty;

import jakarta.validation.constraints.NotNull;

/** Starting a shift: in which organization (the dispatcher is the caller). */
public record ShiftForm(@NotNull Long orgId) {
}
