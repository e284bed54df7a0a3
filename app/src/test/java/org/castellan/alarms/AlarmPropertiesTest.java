package org.castellan.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.castellan.devices.DeviceKind;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code castellan.alarms.*} as the application binds it. */
class AlarmPropertiesTest {
    @Test
    void thresholdsArePerKindWithADefaultOfFiveMinutes() {
        AlarmProperties p = bind(Map.of("castellan.alarms.offline-after.MODEM", "10m",
                "castellan.alarms.offline-after.READER", "90s"));

        assertThat(p.offlineAfter(DeviceKind.MODEM)).isEqualTo(Duration.ofMinutes(10));
        assertThat(p.offlineAfter(DeviceKind.READER)).isEqualTo(Duration.ofSeconds(90));
        assertThat(p.offlineAfter(DeviceKind.HEAT_METER)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theDefaultThresholdAndRuleSeveritiesAreConfigurable() {
        AlarmProperties p = bind(Map.of("castellan.alarms.offline-after-default", "2m",
                "castellan.alarms.severity[door.held]", "MINOR"));

        assertThat(p.offlineAfter(DeviceKind.EQUIPMENT)).isEqualTo(Duration.ofMinutes(2));
        assertThat(p.severity()).containsEntry("door.held", AlarmSeverity.MINOR);
    }

    @Test
    void aZeroThresholdIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("castellan.alarms.offline-after.MODEM", "0s")))
                .hasRootCauseMessage("castellan.alarms.offline-after.MODEM must be a positive duration, found PT0S");
    }

    private static AlarmProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("castellan.alarms", AlarmProperties.class);
    }
}
