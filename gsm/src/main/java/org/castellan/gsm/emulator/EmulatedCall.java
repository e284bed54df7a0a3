package org.castellan.gsm.emulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.castellan.gsm.at.CallEnd;

/**
 * A voice call the emulated modem placed, once it ended.
 *
 * @param number    the dial string without the {@code ;}
 * @param started   when {@code ATD} arrived, by the emulator's clock
 * @param duration  until {@code ATH} or the scripted end, by the emulator's clock
 * @param remoteEnd how the (scripted) network ended it, or empty when the computer hung up
 */
public record EmulatedCall(String number, Instant started, Duration duration, Optional<CallEnd> remoteEnd) {
    public EmulatedCall {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(remoteEnd, "remoteEnd");
    }
}
