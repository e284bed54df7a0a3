package org.castellan.gsm.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Queue size, attempts and the pauses between them. */
class OutboxSettingsTest {

    @Test
    void defaultsPauseFiveThenTenSeconds() {
        OutboxSettings settings = OutboxSettings.defaults();

        assertThat(settings.maxAttempts()).isEqualTo(3);
        assertThat(settings.backoffBefore(1)).isZero();
        assertThat(settings.backoffBefore(2)).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.backoffBefore(3)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void pausesGrowUpToTheMaximum() {
        OutboxSettings settings = OutboxSettings.defaults().withRetries(10, Duration.ofSeconds(5), 3.0,
                Duration.ofMinutes(1));

        assertThat(settings.backoffBefore(4)).isEqualTo(Duration.ofSeconds(45));
        assertThat(settings.backoffBefore(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoffBefore(10)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void nonsenseIsRefusedWithTheValue() {
        assertThatThrownBy(() -> OutboxSettings.defaults().withCapacity(0)).hasMessageContaining("capacity");
        assertThatThrownBy(() -> OutboxSettings.defaults().withRetries(0, Duration.ZERO, 1, Duration.ZERO))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> OutboxSettings.defaults().withRetries(3, Duration.ofSeconds(2), 1,
                Duration.ofSeconds(1))).hasMessageContaining("backoff");
        assertThatThrownBy(() -> OutboxSettings.defaults().withRetries(3, Duration.ZERO, 0.5, Duration.ZERO))
                .hasMessageContaining("backoffMultiplier");
        assertThatThrownBy(() -> OutboxSettings.defaults().withRetries(3, Duration.ZERO, Double.NaN, Duration.ZERO))
                .hasMessageContaining("backoffMultiplier");
    }
}
