package org.castellan.irz.ident;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The identification configured for one listening port (issue: "listeners on configurable ports, each with an
 * identification chain"): ordered recognisers, a size limit, a time limit and an admission check.
 *
 * <p><b>Order:</b> recognisers are asked in order; the first one that has not declared the bytes "not mine" decides
 * — a match identifies, "need more" waits (later recognisers are not asked yet), "invalid" rejects. So an earlier
 * recogniser has priority even when a later one could already match.
 *
 * <p><b>Lifecycle:</b> build once per port from configuration; call {@link #begin} for each accepted connection.
 * Immutable and thread-safe.
 *
 * @param recognisers in priority order; at least one
 * @param maxBytes    the most bytes an identification may take (excess without a decision is
 *                    {@link RejectReason#TOO_LONG}); bytes after a complete identification do not count
 * @param timeLimit   how long after connect the identification must be complete
 * @param admission   whether an identified device may stay (e.g. the IMEI allow-list); must be fast and thread-safe,
 *                    so back it by an in-memory set
 * @param clock       gives the time for deadlines
 */
public record IdentificationChain(List<Recogniser> recognisers, int maxBytes, Duration timeLimit,
                                  Predicate<DeviceId> admission, Clock clock) {

    /** Default {@link #maxBytes()}: the longest identification line plus room. */
    public static final int DEFAULT_MAX_BYTES = 512;
    /** Default {@link #timeLimit()}: the line arrives right after connect; GPRS adds seconds, not minutes. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    /** @throws IllegalArgumentException naming the setting that is out of range */
    public IdentificationChain {
        recognisers = List.copyOf(recognisers);
        if (recognisers.isEmpty()) {
            throw new IllegalArgumentException("recognisers: expected at least one, found none");
        }
        if (maxBytes < 1 || maxBytes > 65_536) {
            throw new IllegalArgumentException("maxBytes: expected 1–65536, found " + maxBytes);
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit: expected a positive duration, found " + timeLimit);
        }
        Objects.requireNonNull(admission, "admission");
        Objects.requireNonNull(clock, "clock");
    }

    /** @return a builder with the defaults: 512 bytes, 30 s, everyone admitted */
    public static Builder builder(Clock clock) {
        return new Builder(clock);
    }

    /**
     * Starts identifying one connection; the time limit runs from now.
     *
     * @param remote the device's address, or null when unknown
     */
    public IdentificationAttempt begin(InetSocketAddress remote) {
        return new IdentificationAttempt(this, new RecognitionContext(Optional.ofNullable(remote)),
                clock.instant().plus(timeLimit));
    }

    /** Collects a chain's settings. Not thread-safe. */
    public static final class Builder {
        private final Clock clock;
        private final List<Recogniser> recognisers = new ArrayList<>();
        private int maxBytes = DEFAULT_MAX_BYTES;
        private Duration timeLimit = DEFAULT_TIME_LIMIT;
        private Predicate<DeviceId> admission = id -> true;

        private Builder(Clock clock) {
            this.clock = clock;
        }

        /** Appends a recogniser (lower priority than those added before). */
        public Builder then(Recogniser recogniser) {
            recognisers.add(Objects.requireNonNull(recogniser, "recogniser"));
            return this;
        }

        /** Sets the size limit. */
        public Builder maxBytes(int maxBytes) {
            this.maxBytes = maxBytes;
            return this;
        }

        /** Sets the time limit. */
        public Builder timeLimit(Duration timeLimit) {
            this.timeLimit = timeLimit;
            return this;
        }

        /** Sets the admission check. */
        public Builder admission(Predicate<DeviceId> admission) {
            this.admission = admission;
            return this;
        }

        /** @return the chain; see the record's validation */
        public IdentificationChain build() {
            return new IdentificationChain(recognisers, maxBytes, timeLimit, admission, clock);
        }
    }
}
