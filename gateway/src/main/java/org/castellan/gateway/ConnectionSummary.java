package org.castellan.gateway;

import java.net.SocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One modem connection that ended, for the platform's session history ({@link SessionListener#connectionEnded}).
 * Byte counts are TCP payload bytes on the connection in each direction — identification line, greeting, COLPROT
 * framing and keep-alives included — so they compare with what the SIM card's operator bills.
 *
 * @param remote         the modem's address
 * @param connectedAt    when the gateway accepted the connection
 * @param endedAt        when the gateway saw it end
 * @param bytesFromModem bytes read from the modem
 * @param bytesToModem   bytes written to the modem (handed to the socket)
 * @param reason         why it ended; {@link OfflineReason#REPLACED} when a newer connection of the same modem took
 *                       over (the session stayed online)
 */
public record ConnectionSummary(SocketAddress remote, Instant connectedAt, Instant endedAt, long bytesFromModem,
                                long bytesToModem, OfflineReason reason) {

    /** @throws IllegalArgumentException if a count is negative or the connection ends before it began */
    public ConnectionSummary {
        Objects.requireNonNull(connectedAt, "connectedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(reason, "reason");
        if (bytesFromModem < 0 || bytesToModem < 0) {
            throw new IllegalArgumentException("bytes: expected 0 or more, found " + bytesFromModem + " from and "
                    + bytesToModem + " to the modem");
        }
        if (endedAt.isBefore(connectedAt)) {
            throw new IllegalArgumentException("endedAt: expected " + connectedAt + " or later, found " + endedAt);
        }
    }

    /** @return how long the connection lasted */
    public Duration duration() {
        return Duration.between(connectedAt, endedAt);
    }
}
