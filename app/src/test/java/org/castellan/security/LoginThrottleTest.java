package org.castellan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.castellan.platform.CastellanProperties;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, new CastellanProperties(
            new CastellanProperties.Data(Path.of("data")),
            new CastellanProperties.Db(null, null, null, new CastellanProperties.Embedded(0, "nobody", Duration.ofSeconds(60))),
            new CastellanProperties.Admin(null),
            new CastellanProperties.Security(3, Duration.ofMinutes(10), Duration.ofMinutes(15))));

    @Test
    void allowsAttemptsBelowTheLimit() {
        throttle.failed("ivan|10.0.0.1");
        throttle.failed("ivan|10.0.0.1");
        assertThat(throttle.blockedFor("ivan|10.0.0.1")).isZero();
    }

    @Test
    void blocksForTheLockoutAfterTheLimit() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("ivan|10.0.0.1");
        }
        assertThat(throttle.blockedFor("ivan|10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.blockedFor("ivan|10.0.0.1")).isEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.blockedFor("ivan|10.0.0.1")).isZero();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        throttle.failed("ivan|10.0.0.1");
        throttle.failed("ivan|10.0.0.1");
        clock.advance(Duration.ofMinutes(11));
        throttle.failed("ivan|10.0.0.1");
        assertThat(throttle.blockedFor("ivan|10.0.0.1")).isZero();
    }

    @Test
    void anotherAddressIsNotBlocked() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("ivan|10.0.0.1");
        }
        assertThat(throttle.blockedFor("ivan|10.0.0.2")).isZero();
    }

    @Test
    void successForgetsEarlierFailures() {
        throttle.failed("ivan|10.0.0.1");
        throttle.failed("ivan|10.0.0.1");
        throttle.succeeded("ivan|10.0.0.1");
        throttle.failed("ivan|10.0.0.1");
        assertThat(throttle.blockedFor("ivan|10.0.0.1")).isZero();
    }

    @Test
    void keysIgnoreTheCaseOfTheUserName() {
        assertThat(LoginThrottle.key(" Ivan ", "10.0.0.1")).isEqualTo(LoginThrottle.key("ivan", "10.0.0.1"));
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
