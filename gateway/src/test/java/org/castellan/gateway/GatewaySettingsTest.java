package org.castellan.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.castellan.irz.ident.AtImeiRecogniser;
import org.castellan.irz.ident.IdentificationChain;
import org.junit.jupiter.api.Test;

class GatewaySettingsTest {

    private final IdentificationChain chain = IdentificationChain.builder(Clock.systemUTC())
            .then(AtImeiRecogniser.defaults(Clock.systemUTC())).build();

    @Test
    void defaultsTakeASessionOfflineAfter150SecondsOfSilence() {
        assertThat(GatewaySettings.defaults("0.0.0.0", 7000, chain).silence()).isEqualTo(Duration.ofSeconds(150));
    }

    @Test
    void answerIdleNoLongerThanRawFlushIdleIsRefusedByName() {
        GatewaySettings settings = GatewaySettings.defaults("0.0.0.0", 7000, chain);

        assertThatThrownBy(() -> settings.withTurns(Duration.ofSeconds(1), Duration.ofMillis(100),
                Duration.ofMillis(100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("answerIdle: expected longer than rawFlushIdle");
    }

    @Test
    void zeroSilenceIsRefusedByName() {
        GatewaySettings settings = GatewaySettings.defaults("0.0.0.0", 7000, chain);

        assertThatThrownBy(() -> settings.withSilence(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("silence:");
    }

    @Test
    void statusRefreshIsOffByDefaultAndNegativeIsRefusedByName() {
        GatewaySettings settings = GatewaySettings.defaults("0.0.0.0", 7000, chain);

        assertThat(settings.statusRefresh()).isZero();
        assertThat(settings.withStatusRefresh(Duration.ofMinutes(5)).statusRefresh()).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> settings.withStatusRefresh(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("statusRefresh:");
    }
}
