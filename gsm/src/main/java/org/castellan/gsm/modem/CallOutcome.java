package org.castellan.gsm.modem;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.castellan.gsm.at.CallEnd;
import org.castellan.gsm.pdu.PhoneNumber;

/**
 * How a wake-up call went. A GPRS modem that is woken by a call usually never answers: it sees the call, rejects it or
 * lets it ring, and reconnects to the server. So a call that rang for the whole ring time and was hung up by us is the
 * normal case, and {@code BUSY} (rejected) is as good a wake-up as any.
 *
 * @param number    who was called
 * @param started   when the dial command was sent, by the session's clock
 * @param duration  from the dial command to the hang-up, by the session's clock
 * @param remoteEnd how the network ended the call before the ring time was over, if it did
 */
public record CallOutcome(PhoneNumber number, Instant started, Duration duration, Optional<CallEnd> remoteEnd) {
    public CallOutcome {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(remoteEnd, "remoteEnd");
    }

    /** @return whether the call rang for the whole ring time and was hung up by us */
    public boolean rangFully() {
        return remoteEnd.isEmpty();
    }
}
