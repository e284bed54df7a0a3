package org.castellan.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.castellan.devices.Device;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceService;
import org.castellan.devices.DeviceState;
import org.castellan.events.Event;
import org.castellan.events.EventSeverity;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.testsupport.IntegrationTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Offline timing on a clock the test moves: a watch of its own (not the application's, which runs on the real
 * clock and whose timers lie minutes ahead of these tests), fed the device events the journal would give it.
 */
class OfflineWatchTest extends IntegrationTest {
    static final Duration MODEM_AFTER = Duration.ofMinutes(3);
    static final Duration DEFAULT_AFTER = Duration.ofMinutes(5);

    @Autowired
    DeviceService devices;
    @Autowired
    AlarmService alarms;
    @Autowired
    PlatformTransactionManager transactions;

    final Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    final MutableClock clock = new MutableClock(start);
    OfflineWatch watch;
    Organization org;

    @BeforeEach
    void watch() {
        watch = new OfflineWatch(devices, alarms, new AlarmProperties(Map.of(DeviceKind.MODEM, MODEM_AFTER),
                DEFAULT_AFTER, Map.of()), clock, transactions);
        org = fixtures.organization();
    }

    @AfterEach
    void stop() {
        watch.stop();
    }

    @Test
    void aDeviceOfflineShorterThanItsThresholdRaisesNothing() {
        Device modem = goes(DeviceKind.MODEM, DeviceState.OFFLINE);

        clock.advance(MODEM_AFTER.minusMillis(1));
        watch.checkDue(clock.instant());

        assertThat(open()).isEmpty();
        assertThat(watch.dueTimes()).containsEntry(modem.id(), start.plus(MODEM_AFTER));
    }

    @Test
    void theAlarmComesExactlyAtTheThreshold() {
        Device modem = goes(DeviceKind.MODEM, DeviceState.OFFLINE);

        clock.advance(MODEM_AFTER);
        watch.checkDue(clock.instant());

        assertThat(open()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(OfflineWatch.OFFLINE);
            assertThat(a.severity()).isEqualTo(AlarmSeverity.MAJOR);
            assertThat(a.sourceKey()).isEqualTo("device:" + modem.id());
            assertThat(a.firstAt()).isEqualTo(start.plus(MODEM_AFTER));
        });
        assertThat(watch.dueTimes()).doesNotContainKey(modem.id());
    }

    @Test
    void backOnlineBeforeTheThresholdCancelsTheAlarm() {
        Device modem = goes(DeviceKind.MODEM, DeviceState.OFFLINE);
        clock.advance(Duration.ofMinutes(1));
        devices.reportState(modem.id(), DeviceState.ONLINE, clock.instant(), null);
        watch.stored(event(modem, "device.online"));

        clock.advance(MODEM_AFTER);
        watch.checkDue(clock.instant());

        assertThat(open()).isEmpty();
        assertThat(watch.dueTimes()).doesNotContainKey(modem.id());
    }

    @Test
    void aDeviceThatKeepsTalkingButReportsAFaultIsNotActive() {
        Device reader = goes(DeviceKind.READER, DeviceState.FAULT);

        clock.advance(DEFAULT_AFTER);
        watch.checkDue(clock.instant());

        assertThat(open()).singleElement().satisfies(a -> assertThat(a.type()).isEqualTo(OfflineWatch.FAULT));
    }

    @Test
    void eachKindHasItsOwnThreshold() {
        Device modem = goes(DeviceKind.MODEM, DeviceState.OFFLINE);
        Device meter = goes(DeviceKind.HEAT_METER, DeviceState.OFFLINE);

        clock.advance(MODEM_AFTER);
        watch.checkDue(clock.instant());
        assertThat(open()).extracting(Alarm::deviceId).containsExactly(modem.id());

        clock.advance(DEFAULT_AFTER.minus(MODEM_AFTER));
        watch.checkDue(clock.instant());
        assertThat(open()).extracting(Alarm::deviceId).containsExactlyInAnyOrder(modem.id(), meter.id());
    }

    @Test
    void aDeviceFoundOnlineWhenDueRaisesNothing() {
        Device modem = goes(DeviceKind.MODEM, DeviceState.OFFLINE);
        devices.reportState(modem.id(), DeviceState.ONLINE, start.plusSeconds(10), null); // online event not seen

        clock.advance(MODEM_AFTER);
        watch.checkDue(clock.instant());

        assertThat(open()).isEmpty();
    }

    @Test
    void theTimerFiresByItselfWhenTheDueTimeHasPassed() {
        Device modem = devices.create(CurrentUser.system(), new org.castellan.devices.DeviceForm(org.id(), null, null,
                DeviceKind.MODEM, fixtures.unique("Modem "), fixtures.unique("id-"), Map.of()));
        Instant longAgo = start.minus(MODEM_AFTER).minusSeconds(1);
        devices.reportState(modem.id(), DeviceState.OFFLINE, longAgo, null);

        watch.stored(new Event(1, org.id(), longAgo, longAgo, "device.offline", EventSeverity.WARNING, modem.id(),
                null, null, null, null, "offline", Map.of()));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !open().isEmpty());
    }

    private Device goes(DeviceKind kind, DeviceState state) {
        Device device = AlarmTestData.device(devices, fixtures, org, null, kind);
        devices.reportState(device.id(), state, start, null);
        watch.stored(event(device, "device." + state.name().toLowerCase()));
        return device;
    }

    private Event event(Device device, String type) {
        return new Event(1, org.id(), clock.instant(), clock.instant(), type, EventSeverity.WARNING, device.id(),
                null, null, null, null, type, Map.of());
    }

    private List<Alarm> open() {
        return alarms.active(CurrentUser.system(), new AlarmFilter(org.id(), null, null, null));
    }
}
