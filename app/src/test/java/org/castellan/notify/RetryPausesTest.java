package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pauses between delivery attempts grow from the first retry, doubling, and stop growing at the maximum. */
class RetryPausesTest {
    final NotifyProperties properties = new NotifyProperties("castellan@localhost", 8, Duration.ofSeconds(30),
            Duration.ofMinutes(5), Duration.ofSeconds(1), Duration.ofMinutes(5),
            new NotifyProperties.Mqtt(null, null, null, "castellan"));

    @Test
    void pausesDoubleFromTheFirstRetry() {
        assertThat(properties.pauseAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.pauseAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.pauseAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.pauseAfter(4)).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void pausesStopAtTheMaximum() {
        assertThat(properties.pauseAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.pauseAfter(50)).isEqualTo(Duration.ofMinutes(5));
    }
}
