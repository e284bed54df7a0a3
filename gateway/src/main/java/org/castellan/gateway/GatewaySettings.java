package org.castellan.gateway;

import java.time.Duration;
import java.util.Objects;
import org.castellan.irz.ident.IdentificationChain;

/**
 * How one modem listener behaves. Durations are {@link Duration}s throughout.
 *
 * @param host            the address to listen on, e.g. {@code "0.0.0.0"} (tests: {@code "127.0.0.1"})
 * @param port            the modem port; 0 lets the operating system pick one (tests)
 * @param identification  the port's identification chain (size and time limits are the chain's)
 * @param silence         how long without any byte from a modem before its session is offline (default 150 s:
 *                        irz-modem.md §4 keep-alives come every 50–60 s, so two may be lost)
 * @param rawFlushIdle    how long a raw stream may be quiet before the keep-alive filter releases the bytes it holds
 *                        back (they could have started a keep-alive)
 * @param replyTimeout    how long a poller's turn lasts when the modem does not answer at all
 * @param answerIdle      how long the modem must be quiet after answering before the turn passes; longer than
 *                        {@code rawFlushIdle}, so the last bytes of a raw answer that the keep-alive filter held back
 *                        still reach the poller that asked
 * @param maxPayload      the largest COLPROT payload the gateway accepts and sends
 * @param pollerBacklog   the most bytes waiting for one poller (its socket's write buffer high-water mark) and the
 *                        most bytes of requests waiting for the turn per session; beyond it bytes are dropped and
 *                        counted
 * @param statusRefresh   how often the gateway asks each online COLPROT modem for its signal, temperature and GPIO
 *                        state and reports them ({@link SessionListener#status}); {@link Duration#ZERO} for never
 *                        (the default)
 */
public record GatewaySettings(String host, int port, IdentificationChain identification, Duration silence,
                              Duration rawFlushIdle, Duration replyTimeout, Duration answerIdle, int maxPayload,
                              int pollerBacklog, Duration statusRefresh) {

    /** Default {@link #silence()}. */
    public static final Duration DEFAULT_SILENCE = Duration.ofSeconds(150);

    /** @throws IllegalArgumentException naming the setting that is out of range */
    public GatewaySettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(identification, "identification");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: expected 0–65535, found " + port);
        }
        requirePositive("silence", silence);
        requirePositive("rawFlushIdle", rawFlushIdle);
        requirePositive("replyTimeout", replyTimeout);
        requirePositive("answerIdle", answerIdle);
        if (answerIdle.compareTo(rawFlushIdle) <= 0) {
            throw new IllegalArgumentException("answerIdle: expected longer than rawFlushIdle " + rawFlushIdle
                    + ", found " + answerIdle);
        }
        if (maxPayload < 1 || maxPayload > 0xFFFF) {
            throw new IllegalArgumentException("maxPayload: expected 1–65535, found " + maxPayload);
        }
        if (pollerBacklog < 1024) {
            throw new IllegalArgumentException("pollerBacklog: expected 1024 or more, found " + pollerBacklog);
        }
        if (statusRefresh == null || statusRefresh.isNegative()) {
            throw new IllegalArgumentException("statusRefresh: expected zero or a positive duration, found "
                    + statusRefresh);
        }
    }

    /**
     * @return settings for {@code chain} on {@code host:port} with silence 150 s, raw flush after 200 ms, turns of 10 s
     *     without an answer or 1 s of quiet after one, payloads up to 1024 bytes, 64 KiB of backlog per poller and no
     *     status refresh
     */
    public static GatewaySettings defaults(String host, int port, IdentificationChain chain) {
        return new GatewaySettings(host, port, chain, DEFAULT_SILENCE, Duration.ofMillis(200), Duration.ofSeconds(10),
                Duration.ofSeconds(1), 1024, 64 * 1024, Duration.ZERO);
    }

    /** @return these settings with another silence */
    public GatewaySettings withSilence(Duration value) {
        return new GatewaySettings(host, port, identification, value, rawFlushIdle, replyTimeout, answerIdle,
                maxPayload, pollerBacklog, statusRefresh);
    }

    /**
     * @return these settings with other turn limits and raw flush idle
     * @throws IllegalArgumentException as the constructor
     */
    public GatewaySettings withTurns(Duration reply, Duration idle, Duration rawFlush) {
        return new GatewaySettings(host, port, identification, silence, rawFlush, reply, idle, maxPayload,
                pollerBacklog, statusRefresh);
    }

    /**
     * @return these settings with another status refresh period, {@link Duration#ZERO} for none
     * @throws IllegalArgumentException if negative
     */
    public GatewaySettings withStatusRefresh(Duration value) {
        return new GatewaySettings(host, port, identification, silence, rawFlushIdle, replyTimeout, answerIdle,
                maxPayload, pollerBacklog, value);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + ": expected a positive duration, found " + value);
        }
    }
}
