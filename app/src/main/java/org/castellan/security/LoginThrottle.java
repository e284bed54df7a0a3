package org.castellan.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.castellan.platform.CastellanProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code maxFailedLogins} failures for one user name from one address
 * within {@code failureWindow}, further attempts from there are refused for {@code lockout}, even with the right
 * password. Keyed by name and address so that an attacker cannot lock a colleague out from elsewhere.
 * Kept in memory (a restart forgets it). Thread-safe.
 */
@Component
public class LoginThrottle {
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, CastellanProperties properties) {
        this.clock = clock;
        this.maxFailures = properties.security().maxFailedLogins();
        this.window = properties.security().failureWindow();
        this.lockout = properties.security().lockout();
    }

    /** How long the key must still wait; {@link Duration#ZERO} when it may try now. */
    public Duration blockedFor(String key) {
        Attempts a = attempts.get(key);
        return a == null ? Duration.ZERO : a.blockedFor(clock.instant());
    }

    public void failed(String key) {
        attempts.computeIfAbsent(key, k -> new Attempts()).failed(clock.instant(), maxFailures, window, lockout);
    }

    public void succeeded(String key) {
        attempts.remove(key);
    }

    /** Forgets keys with nothing left to remember, so that memory does not grow with every name ever tried. */
    @Scheduled(fixedDelayString = "PT1M")
    void purge() {
        Instant now = clock.instant();
        attempts.entrySet().removeIf(e -> e.getValue().idle(now, window));
    }

    static String key(String username, String remoteAddress) {
        return (username == null ? "" : username.trim().toLowerCase()) + "|" + remoteAddress;
    }

    private static final class Attempts {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        synchronized Duration blockedFor(Instant now) {
            return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
        }

        synchronized void failed(Instant now, int max, Duration window, Duration lockout) {
            failures.addLast(now);
            while (!failures.isEmpty() && failures.peekFirst().isBefore(now.minus(window))) {
                failures.removeFirst();
            }
            if (failures.size() >= max) {
                lockedUntil = now.plus(lockout);
                failures.clear();
            }
        }

        synchronized boolean idle(Instant now, Duration window) {
            return !now.isBefore(lockedUntil)
                    && (failures.isEmpty() || failures.peekLast().isBefore(now.minus(window)));
        }
    }
}
