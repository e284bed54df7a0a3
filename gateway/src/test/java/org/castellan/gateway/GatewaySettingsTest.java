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

    @Test
    void defaultsFollowTheModemDocumentAndLeaveTheSharedPortOff() {
        GatewaySettings settings = GatewaySettings.defaults("0.0.0.0", GatewaySettings.DEFAULT_MODEM_PORT, chain);

        assertThat(settings.commandTimeout()).isEqualTo(Duration.ofSeconds(20)); // irz-modem.md §5
        assertThat(settings.commandRetries()).isEqualTo(2);
        assertThat(settings.commandOptions().timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.commandOptions().retries()).isEqualTo(2);
        assertThat(settings.pollerPorts()).isEqualTo(PollerPortMode.ON_FIRST_CONNECT);
        assertThat(settings.sharedPollerPort()).isEqualTo(GatewaySettings.NO_SHARED_PORT);
        assertThat(settings.nameLineTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.exclusive()).isEqualTo(ExclusiveMode.WAIT);
        assertThat(GatewaySettings.DEFAULT_SHARED_POLLER_PORT).isEqualTo(24842);
    }

    @Test
    void withMethodsChangeOnlyWhatTheyName() {
        GatewaySettings settings = GatewaySettings.defaults("0.0.0.0", 7000, chain);
        Clock fixed = Clock.fixed(java.time.Instant.parse("2024-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);

        GatewaySettings changed = settings.withCommands(Duration.ofSeconds(5), 0)
                .withSharedPollerPort(0)
                .withPollerPorts(PollerPortMode.OFF)
                .withExclusive(ExclusiveMode.REFUSE)
                .withClock(fixed);

        assertThat(changed.commandOptions().retries()).isZero();
        assertThat(changed.sharedPollerPort()).isZero();
        assertThat(changed.pollerPorts()).isEqualTo(PollerPortMode.OFF);
        assertThat(changed.exclusive()).isEqualTo(ExclusiveMode.REFUSE);
        assertThat(changed.clock()).isSameAs(fixed);
        assertThat(changed.silence()).isEqualTo(settings.silence());
        assertThat(changed.port()).isEqualTo(7000);
    }

    @Test
    void outOfRangeCommandAndSharedPortSettingsAreRefusedByName() {
        GatewaySettings settings = GatewaySettings.defaults("0.0.0.0", 7000, chain);

        assertThatThrownBy(() -> settings.withCommands(Duration.ZERO, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("commandTimeout:");
        assertThatThrownBy(() -> settings.withCommands(Duration.ofSeconds(1), 11))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("commandRetries:");
        assertThatThrownBy(() -> settings.withSharedPollerPort(-2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("sharedPollerPort:");
        assertThatThrownBy(() -> settings.withNameLineTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("nameLineTimeout:");
    }
}
