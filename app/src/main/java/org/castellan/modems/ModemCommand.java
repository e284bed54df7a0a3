package org.castellan.modems;

import java.time.Instant;

/**
 * A command asked of a modem and what became of it.
 *
 * @param state    {@code PENDING} until a gateway node claims it, {@code RUNNING}, then {@code DONE} or
 *                 {@code FAILED}
 * @param answer   the modem's answer as text (DONE)
 * @param error    why it failed (FAILED)
 */
public record ModemCommand(long id, long modemId, CommandKind kind, String argument, String state, String answer,
                           String error, Long requestedBy, Instant requestedAt, String claimedBy,
                           Instant finishedAt) {
    public boolean finished() {
        return "DONE".equals(state) || "FAILED".equals(state);
    }
}
