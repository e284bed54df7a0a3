package org.castellan.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.castellan.devices.Device;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceService;
import org.castellan.devices.DeviceState;
import org.castellan.events.Event;
import org.castellan.events.EventJournal;
import org.castellan.events.EventSeverity;
import org.castellan.events.NewEvent;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.CurrentUser;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/** Each event kind the rules know raises (or ends) the right alarm; other events raise nothing. */
class AlarmRulesTest extends IntegrationTest {
    @Autowired
    EventJournal journal;
    @Autowired
    AlarmService alarms;
    @Autowired
    DeviceService devices;
    @Autowired
    PlatformTransactionManager transactions;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @ParameterizedTest(name = "{0} raises {1} ({2})")
    @CsvSource({
            "modem.gpi, modem.input, MAJOR",
            "metering.abnormal, meter.abnormal, MAJOR",
            "access.duress, duress, CRITICAL",
            "access.temperature_denied, temperature.denied, MAJOR",
            "access.door_forced, door.forced, CRITICAL",
            "access.door_held, door.held, MAJOR"})
    void eachEventKindRaisesItsAlarmOnTheEventsDevice(String eventType, String alarmType, AlarmSeverity severity) {
        Organization org = fixtures.organization();
        Site site = fixtures.site(org);
        Device device = AlarmTestData.device(devices, fixtures, org, site, DeviceKind.READER);

        journal.append(NewEvent.of(org.id(), now, eventType, EventSeverity.WARNING, "Gate 1: " + eventType)
                .device(device.id(), site.id(), null).data(Map.of("gpi1", 1, "gpio", "81 80")));

        List<Alarm> open = open(org);
        assertThat(open).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(alarmType);
            assertThat(a.severity()).isEqualTo(severity);
            assertThat(a.sourceKey()).isEqualTo("device:" + device.id());
            assertThat(a.deviceId()).isEqualTo(device.id());
            assertThat(a.siteId()).isEqualTo(site.id());
            assertThat(a.title()).isEqualTo("Gate 1: " + eventType);
            assertThat(a.firstAt()).isEqualTo(now);
            assertThat(a.details()).containsEntry("gpi1", 1).containsEntry("gpio", "81 80")
                    .containsEntry("eventType", eventType);
        });
    }

    @ParameterizedTest(name = "{1} ends {2} raised by {0}")
    @CsvSource({
            "metering.abnormal, metering.normal, meter.abnormal",
            "access.door_held, access.door_closed, door.held"})
    void theEndingEventClearsTheAlarmAutomatically(String raising, String ending, String alarmType) {
        Organization org = fixtures.organization();
        Device device = AlarmTestData.device(devices, fixtures, org, null, DeviceKind.HEAT_METER);
        journal.append(NewEvent.of(org.id(), now, raising, EventSeverity.WARNING, "raised").device(device.id(), null,
                null));

        journal.append(NewEvent.of(org.id(), now.plusSeconds(30), ending, EventSeverity.INFO, "ended")
                .device(device.id(), null, null));

        assertThat(open(org)).isEmpty();
        assertThat(alarms.recent(CurrentUser.system(), filter(org))).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(alarmType);
            assertThat(a.autoCleared()).isTrue();
            assertThat(a.clearedAt()).isEqualTo(now.plusSeconds(30));
            assertThat(a.acknowledged()).isFalse();
        });
    }

    @Test
    void aDeviceBackOnlineClearsItsOfflineAlarm() {
        Organization org = fixtures.organization();
        Device device = AlarmTestData.device(devices, fixtures, org, null, DeviceKind.MODEM);
        devices.reportState(device.id(), DeviceState.OFFLINE, now, null);
        alarms.raise(new AlarmSignal(org.id(), OfflineWatch.OFFLINE, AlarmSignal.device(device.id()), device.id(),
                null, null, AlarmSeverity.MAJOR, "offline", Map.of(), now.plusSeconds(300)));

        devices.reportState(device.id(), DeviceState.ONLINE, now.plusSeconds(400), null);

        assertThat(open(org)).isEmpty();
        assertThat(alarms.recent(CurrentUser.system(), filter(org))).singleElement()
                .satisfies(a -> assertThat(a.autoCleared()).isTrue());
    }

    @Test
    void aMetersConditionsAreAlarmsOfTheirOwnPerSystemAndCondition() {
        Organization org = fixtures.organization();
        Device meter = AlarmTestData.device(devices, fixtures, org, null, DeviceKind.HEAT_METER);
        journal.append(abnormal(org, meter, Map.of("system", 1, "condition", "POWER_OFF")));
        journal.append(abnormal(org, meter, Map.of("system", 2, "condition", "POWER_OFF")));
        journal.append(abnormal(org, meter, Map.of("system", 1, "condition", "G1_BELOW_MIN")));
        journal.append(abnormal(org, meter, Map.of("condition", "SILENT")));

        assertThat(open(org)).extracting(Alarm::sourceKey).containsExactlyInAnyOrder(
                "device:" + meter.id() + "/system:1/POWER_OFF", "device:" + meter.id() + "/system:2/POWER_OFF",
                "device:" + meter.id() + "/system:1/G1_BELOW_MIN", "device:" + meter.id() + "/SILENT");
        assertThat(open(org)).allSatisfy(a -> assertThat(a.type()).isEqualTo("meter.abnormal"));
    }

    @Test
    void theEndingEventClearsOnlyTheAlarmOfItsSystemAndCondition() {
        Organization org = fixtures.organization();
        Device meter = AlarmTestData.device(devices, fixtures, org, null, DeviceKind.HEAT_METER);
        journal.append(abnormal(org, meter, Map.of("system", 1, "condition", "POWER_OFF")));
        journal.append(abnormal(org, meter, Map.of("system", 2, "condition", "POWER_OFF")));

        journal.append(NewEvent.of(org.id(), now.plusSeconds(60), "metering.normal", EventSeverity.INFO, "ended")
                .device(meter.id(), null, null).data(Map.of("system", 2, "condition", "POWER_OFF")));

        assertThat(open(org)).singleElement()
                .satisfies(a -> assertThat(a.sourceKey()).isEqualTo("device:" + meter.id() + "/system:1/POWER_OFF"));
        assertThat(alarms.recent(CurrentUser.system(), filter(org))).singleElement()
                .satisfies(a -> assertThat(a.sourceKey()).isEqualTo("device:" + meter.id() + "/system:2/POWER_OFF"));
    }

    @Test
    void aRepeatOfTheSameConditionCountsOnItsAlarm() {
        Organization org = fixtures.organization();
        Device meter = AlarmTestData.device(devices, fixtures, org, null, DeviceKind.HEAT_METER);

        journal.append(abnormal(org, meter, Map.of("system", 1, "condition", "PRESSURE_FAULT")));
        journal.append(abnormal(org, meter, Map.of("system", 1, "condition", "PRESSURE_FAULT")));

        assertThat(open(org)).singleElement().satisfies(a -> assertThat(a.count()).isEqualTo(2));
    }

    private NewEvent abnormal(Organization org, Device meter, Map<String, Object> data) {
        return NewEvent.of(org.id(), now, "metering.abnormal", EventSeverity.MAJOR, "Meter: " + data.get("condition"))
                .device(meter.id(), null, null).data(data);
    }

    @Test
    void eventsNoRuleKnowsRaiseNothing() {
        Organization org = fixtures.organization();
        Device device = AlarmTestData.device(devices, fixtures, org, null, DeviceKind.READER);

        journal.append(NewEvent.of(org.id(), now, "access.granted", EventSeverity.INFO, "granted")
                .device(device.id(), null, null));
        journal.append(NewEvent.of(org.id(), now, "alarm.raised", EventSeverity.CRITICAL, "not a rule's kind")
                .device(device.id(), null, null));
        journal.append(NewEvent.of(org.id(), now, "metering.normal", EventSeverity.INFO, "nothing open to end")
                .device(device.id(), null, null));

        assertThat(open(org)).isEmpty();
        assertThat(alarms.recent(CurrentUser.system(), filter(org))).isEmpty();
    }

    @Test
    void anEventWithoutADeviceIsAnAlarmOfItsSite() {
        Organization org = fixtures.organization();
        Site site = fixtures.site(org);

        journal.append(NewEvent.of(org.id(), now, "access.duress", EventSeverity.CRITICAL, "duress")
                .place(site.id(), null));

        assertThat(open(org)).singleElement().satisfies(a -> {
            assertThat(a.sourceKey()).isEqualTo("site:" + site.id());
            assertThat(a.deviceId()).isNull();
        });
    }

    @Test
    void aRulesSeverityCanBeOverriddenInConfiguration() {
        Organization org = fixtures.organization();
        Device device = AlarmTestData.device(devices, fixtures, org, null, DeviceKind.READER);
        AlarmRules rules = new AlarmRules(alarms, new AlarmProperties(Map.of(), null,
                Map.of("door.held", AlarmSeverity.MINOR)), transactions);

        rules.stored(new Event(1, org.id(), now, now, "access.door_held", EventSeverity.WARNING, device.id(), null,
                null, null, null, "Door held open", Map.of()));

        assertThat(open(org)).singleElement().satisfies(a -> assertThat(a.severity()).isEqualTo(AlarmSeverity.MINOR));
    }

    private List<Alarm> open(Organization org) {
        return alarms.active(CurrentUser.system(), filter(org));
    }

    private static AlarmFilter filter(Organization org) {
        return new AlarmFilter(org.id(), null, null, null);
    }
}
