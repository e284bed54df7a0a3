package org.castellan.irz.command;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link CommandSession}.
 *
 * @param requestMarker the first byte of status requests ({@code xx}, <b>open</b> in irz-modem.md §5), 0–255
 * @param timeout       how long to wait for each attempt's answer
 * @param retries       how many times to resend after a timeout (§5: "retry twice")
 * @param maxQueued     how many commands may wait behind the one in flight
 */
public record CommandOptions(int requestMarker, Duration timeout, int retries, int maxQueued) {

    /** Default {@link #timeout()}: §5 says answers can take 20 s; a little more avoids resending just before one. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(25);

    /** @throws IllegalArgumentException naming the setting out of range */
    public CommandOptions {
        if (requestMarker < 0 || requestMarker > 0xFF) {
            throw new IllegalArgumentException("requestMarker: expected 0–255, found " + requestMarker);
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout: expected a positive duration, found " + timeout);
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("retries: expected 0–10, found " + retries);
        }
        if (maxQueued < 0 || maxQueued > 1000) {
            throw new IllegalArgumentException("maxQueued: expected 0–1000, found " + maxQueued);
        }
    }

    /** @return marker 01, 25 s, 2 retries, 16 queued */
    public static CommandOptions defaults() {
        return new CommandOptions(CommandCodec.DEFAULT_REQUEST_MARKER, DEFAULT_TIMEOUT, 2, 16);
    }
}
