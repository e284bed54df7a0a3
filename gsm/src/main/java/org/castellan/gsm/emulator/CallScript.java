package org.castellan.gsm.emulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.castellan.gsm.at.CallEnd;

/**
 * What the called party does, for the emulator's next calls.
 *
 * @param remoteEnd how the network ends the call, or empty: it rings until the computer hangs up
 * @param after     when, counted from the dial command (real time: the session's ring time is)
 */
public record CallScript(Optional<CallEnd> remoteEnd, Duration after) {
    public CallScript {
        Objects.requireNonNull(remoteEnd, "remoteEnd");
        Objects.requireNonNull(after, "after");
    }

    /** The called modem lets it ring (the usual wake-up). */
    public static CallScript ringsUntilHungUp() {
        return new CallScript(Optional.empty(), Duration.ZERO);
    }

    /** The network ends the call with {@code end} after {@code after} ({@code BUSY}: the called modem rejected it). */
    public static CallScript endsWith(CallEnd end, Duration after) {
        return new CallScript(Optional.of(end), after);
    }
}
