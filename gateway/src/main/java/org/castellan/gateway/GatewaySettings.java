package org.castellan.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.castellan.irz.command.CommandCodec;
import org.castellan.irz.command.CommandOptions;
import org.castellan.irz.ident.IdentificationChain;

/**
 * How one gateway behaves. Durations are {@link Duration}s throughout. Build with {@link #defaults} and the
 * {@code with…} methods; every value is checked when the record is made.
 *
 * @param host             the address to listen on, e.g. {@code "0.0.0.0"} (tests: {@code "127.0.0.1"}); poller
 *                         ports and the shared poller port are bound on it too
 * @param port             the modem port of {@link ModemListener#start(GatewaySettings, ModemDirectory,
 *                         SessionListener) the single-port start} (field default {@link #DEFAULT_MODEM_PORT}); 0 lets
 *                         the operating system pick one (tests)
 * @param identification   that port's identification chain (size and time limits are the chain's)
 * @param silence          how long without any byte from a modem before its session is offline (default 150 s:
 *                         irz-modem.md §4 keep-alives come every 50–60 s, so two may be lost)
 * @param rawFlushIdle     how long a raw stream may be quiet before the keep-alive filter releases the bytes it holds
 *                         back (they could have started a keep-alive); default 200 ms
 * @param replyTimeout     how long a request's turn lasts when the modem does not answer at all; default 10 s
 * @param answerIdle       how long the modem must be quiet after answering before the turn passes; longer than
 *                         {@code rawFlushIdle}, so the last bytes of a raw answer that the keep-alive filter held back
 *                         still reach the poller that asked; default 1 s
 * @param maxPayload       the largest COLPROT payload the gateway accepts and sends; default 1024
 * @param pollerBacklog    the most bytes waiting for one poller (its socket's write buffer high-water mark, or a
 *                         channel's inbox) and the most bytes of requests held per modem while their poller waits for
 *                         the turn or the exclusive modem; beyond it bytes are dropped and counted; default 64 KiB
 * @param statusRefresh    how often the gateway asks each online COLPROT modem for its signal, temperature and GPIO
 *                         state and reports them ({@link SessionListener#status}); {@link Duration#ZERO} for never
 *                         (the default)
 * @param commandTimeout   how long each attempt of a 0x0C command waits for its answer; default 20 s
 *                         (irz-modem.md §5: "answers can take 20 s")
 * @param commandRetries   how many times an unanswered command is sent again, 0–10; default 2 (§5: "retry twice")
 * @param pollerPorts      when per-modem poller ports open; default {@link PollerPortMode#ON_FIRST_CONNECT}
 * @param sharedPollerPort the shared poller port, where a poller's first line names the modem; -1 for none (the
 *                         default), 0 for one the operating system picks (tests); field default
 *                         {@link #DEFAULT_SHARED_POLLER_PORT}
 * @param nameLineTimeout  how long a poller on the shared port has to send its name line; default 10 s
 * @param exclusive        what happens to a second poller of an {@link SharingPolicy#EXCLUSIVE exclusive} modem;
 *                         default {@link ExclusiveMode#WAIT}
 * @param clock            the time of connection summaries, status reports and command events; default the system
 *                         clock in UTC (timers themselves run on the event loops' monotonic time)
 */
public record GatewaySettings(String host, int port, IdentificationChain identification, Duration silence,
                              Duration rawFlushIdle, Duration replyTimeout, Duration answerIdle, int maxPayload,
                              int pollerBacklog, Duration statusRefresh, Duration commandTimeout, int commandRetries,
                              PollerPortMode pollerPorts, int sharedPollerPort, Duration nameLineTimeout,
                              ExclusiveMode exclusive, Clock clock) {

    /** Default {@link #silence()}. */
    public static final Duration DEFAULT_SILENCE = Duration.ofSeconds(150);
    /** The modem port in the field (issue 4: "default modem port 24841"). */
    public static final int DEFAULT_MODEM_PORT = 24841;
    /** The shared poller port to configure in the field, next to the modem port; {@link #defaults} leaves it off. */
    public static final int DEFAULT_SHARED_POLLER_PORT = 24842;
    /** {@link #sharedPollerPort()} value for no shared poller port. */
    public static final int NO_SHARED_PORT = -1;
    /** Default {@link #commandTimeout()}: irz-modem.md §5, answers can take 20 s. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(20);
    /** Default {@link #commandRetries()}: irz-modem.md §5, "retry twice". */
    public static final int DEFAULT_COMMAND_RETRIES = 2;
    /** Default {@link #nameLineTimeout()}. */
    public static final Duration DEFAULT_NAME_LINE_TIMEOUT = Duration.ofSeconds(10);
    /** How many 0x0C commands may wait behind the one in flight, per connection. */
    static final int COMMANDS_QUEUED = 16;

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
        requirePositive("commandTimeout", commandTimeout);
        if (commandRetries < 0 || commandRetries > 10) {
            throw new IllegalArgumentException("commandRetries: expected 0–10, found " + commandRetries);
        }
        Objects.requireNonNull(pollerPorts, "pollerPorts");
        if (sharedPollerPort < NO_SHARED_PORT || sharedPollerPort > 65535) {
            throw new IllegalArgumentException("sharedPollerPort: expected -1 (none) or 0–65535, found "
                    + sharedPollerPort);
        }
        requirePositive("nameLineTimeout", nameLineTimeout);
        Objects.requireNonNull(exclusive, "exclusive");
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * @return settings for {@code chain} on {@code host:port} with the defaults named for each component: silence
     *     150 s, raw flush after 200 ms, turns of 10 s without an answer or 1 s of quiet after one, payloads up to
     *     1024 bytes, 64 KiB of backlog per poller, no status refresh, commands of 20 s and 2 retries, poller ports
     *     on first connect, no shared poller port (name line within 10 s once there is one), waiting exclusive
     *     pollers, the system clock
     */
    public static GatewaySettings defaults(String host, int port, IdentificationChain chain) {
        return new GatewaySettings(host, port, chain, DEFAULT_SILENCE, Duration.ofMillis(200), Duration.ofSeconds(10),
                Duration.ofSeconds(1), 1024, 64 * 1024, Duration.ZERO, DEFAULT_COMMAND_TIMEOUT,
                DEFAULT_COMMAND_RETRIES, PollerPortMode.ON_FIRST_CONNECT, NO_SHARED_PORT, DEFAULT_NAME_LINE_TIMEOUT,
                ExclusiveMode.WAIT, Clock.systemUTC());
    }

    /** @return the irz command session settings of every COLPROT connection (request marker 01, 16 queued) */
    public CommandOptions commandOptions() {
        return new CommandOptions(CommandCodec.DEFAULT_REQUEST_MARKER, commandTimeout, commandRetries,
                COMMANDS_QUEUED);
    }

    /**
     * @return these settings with another silence
     * @throws IllegalArgumentException as the constructor
     */
    public GatewaySettings withSilence(Duration value) {
        return copy(c -> c.silence = value);
    }

    /**
     * @return these settings with other turn limits and raw flush idle
     * @throws IllegalArgumentException as the constructor
     */
    public GatewaySettings withTurns(Duration reply, Duration idle, Duration rawFlush) {
        return copy(c -> {
            c.replyTimeout = reply;
            c.answerIdle = idle;
            c.rawFlushIdle = rawFlush;
        });
    }

    /**
     * @return these settings with another status refresh period, {@link Duration#ZERO} for none
     * @throws IllegalArgumentException if negative
     */
    public GatewaySettings withStatusRefresh(Duration value) {
        return copy(c -> c.statusRefresh = value);
    }

    /**
     * @return these settings with another command timeout and retry count
     * @throws IllegalArgumentException as the constructor
     */
    public GatewaySettings withCommands(Duration timeout, int retries) {
        return copy(c -> {
            c.commandTimeout = timeout;
            c.commandRetries = retries;
        });
    }

    /** @return these settings with another poller port mode */
    public GatewaySettings withPollerPorts(PollerPortMode mode) {
        return copy(c -> c.pollerPorts = mode);
    }

    /**
     * @return these settings with a shared poller port ({@link #NO_SHARED_PORT} for none, 0 for one the OS picks)
     * @throws IllegalArgumentException as the constructor
     */
    public GatewaySettings withSharedPollerPort(int sharedPort) {
        return copy(c -> c.sharedPollerPort = sharedPort);
    }

    /**
     * @return these settings with another name line timeout
     * @throws IllegalArgumentException if not positive
     */
    public GatewaySettings withNameLineTimeout(Duration value) {
        return copy(c -> c.nameLineTimeout = value);
    }

    /** @return these settings with another exclusive mode */
    public GatewaySettings withExclusive(ExclusiveMode mode) {
        return copy(c -> c.exclusive = mode);
    }

    /** @return these settings with another clock */
    public GatewaySettings withClock(Clock value) {
        return copy(c -> c.clock = value);
    }

    /**
     * @return these settings with another per-poller backlog
     * @throws IllegalArgumentException below 1024
     */
    public GatewaySettings withPollerBacklog(int bytes) {
        return copy(c -> c.pollerBacklog = bytes);
    }

    private GatewaySettings copy(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return c.build();
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + ": expected a positive duration, found " + value);
        }
    }

    /** The components as mutable fields, so each {@code with…} method names only what it changes. */
    private static final class Copy {
        String host;
        int port;
        IdentificationChain identification;
        Duration silence;
        Duration rawFlushIdle;
        Duration replyTimeout;
        Duration answerIdle;
        int maxPayload;
        int pollerBacklog;
        Duration statusRefresh;
        Duration commandTimeout;
        int commandRetries;
        PollerPortMode pollerPorts;
        int sharedPollerPort;
        Duration nameLineTimeout;
        ExclusiveMode exclusive;
        Clock clock;

        Copy(GatewaySettings s) {
            host = s.host;
            port = s.port;
            identification = s.identification;
            silence = s.silence;
            rawFlushIdle = s.rawFlushIdle;
            replyTimeout = s.replyTimeout;
            answerIdle = s.answerIdle;
            maxPayload = s.maxPayload;
            pollerBacklog = s.pollerBacklog;
            statusRefresh = s.statusRefresh;
            commandTimeout = s.commandTimeout;
            commandRetries = s.commandRetries;
            pollerPorts = s.pollerPorts;
            sharedPollerPort = s.sharedPollerPort;
            nameLineTimeout = s.nameLineTimeout;
            exclusive = s.exclusive;
            clock = s.clock;
        }

        GatewaySettings build() {
            return new GatewaySettings(host, port, identification, silence, rawFlushIdle, replyTimeout, answerIdle,
                    maxPayload, pollerBacklog, statusRefresh, commandTimeout, commandRetries, pollerPorts,
                    sharedPollerPort, nameLineTimeout, exclusive, clock);
        }
    }
}
