package org.castellan.tem106.reader;

import java.time.Duration;

/**
 * How patient a {@link MeterReader} is.
 *
 * @param responseTimeout how long to wait for the first byte of a reply (modems and radio links need seconds)
 * @param interByteLimit  the longest pause inside a frame; seed TEM-106 §2 fixes it at 0.5 s, a longer pause breaks
 *                        the frame
 * @param attempts        how many times one request is sent before giving up, at least 1
 */
public record ReaderSettings(Duration responseTimeout, Duration interByteLimit, int attempts) {
    /** 0.5 s: seed §2 "Пауза между байтами не должна превышать 0,5 сек". */
    public static final Duration SPEC_INTER_BYTE_LIMIT = Duration.ofMillis(500);

    public ReaderSettings {
        if (responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("response timeout must be positive, was " + responseTimeout);
        }
        if (interByteLimit.isNegative() || interByteLimit.isZero()) {
            throw new IllegalArgumentException("inter-byte limit must be positive, was " + interByteLimit);
        }
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("attempts must be 1..10, was " + attempts);
        }
    }

    /** 2 s response timeout, the spec's 0.5 s inter-byte limit, 3 attempts. */
    public static ReaderSettings defaults() {
        return new ReaderSettings(Duration.ofSeconds(2), SPEC_INTER_BYTE_LIMIT, 3);
    }

    public ReaderSettings withResponseTimeout(Duration timeout) {
        return new ReaderSettings(timeout, interByteLimit, attempts);
    }

    public ReaderSettings withAttempts(int count) {
        return new ReaderSettings(responseTimeout, interByteLimit, count);
    }
}
