package org.castellan.modems;

import java.time.Instant;

/** One ended connection of a modem: the session history with byte counts. */
public record ModemSession(long id, long modemId, String remote, Instant startedAt, Instant endedAt,
                           long bytesFromModem, long bytesToModem, String endReason) {
}
