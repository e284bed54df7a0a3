package org.castellan.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.castellan.events.Event;
import org.castellan.events.EventFilter;
import org.castellan.events.EventJournal;
import org.castellan.events.EventSeverity;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What edges report about a device: online/offline with since-when, last seen, and the journal. */
class DeviceStateTest extends IntegrationTest {
    @Autowired
    DeviceService devices;
    @Autowired
    EventJournal journal;

    @Test
    void aNewDeviceIsUnknownUntilItsEdgeReports() {
        Device device = register();
        assertThat(device.state()).isEqualTo(DeviceState.UNKNOWN);
        assertThat(device.lastSeenAt()).isNull();
    }

    @Test
    void goingOnlineSetsStateSinceLastSeenAndJournalsOnce() {
        Device device = register();
        Instant t1 = Instant.parse("2026-11-21T08:00:00Z");
        Instant t2 = Instant.parse("2026-11-21T08:05:00Z");

        Device online = devices.reportState(device.id(), DeviceState.ONLINE, t1, "connected").orElseThrow();
        Device stillOnline = devices.reportState(device.id(), DeviceState.ONLINE, t2, "connected").orElseThrow();

        assertThat(online.state()).isEqualTo(DeviceState.ONLINE);
        assertThat(online.stateSince()).isEqualTo(t1);
        assertThat(stillOnline.stateSince()).as("a repeated report keeps since-when").isEqualTo(t1);
        assertThat(stillOnline.lastSeenAt()).isEqualTo(t2);
        assertThat(events(device)).extracting(Event::type).containsExactly("device.online");
    }

    @Test
    void goingOfflineIsAWarningAndKeepsLastSeen() {
        Device device = register();
        Instant seen = Instant.parse("2026-11-21T09:00:00Z");
        Instant lost = Instant.parse("2026-11-21T09:02:30Z");
        devices.reportState(device.id(), DeviceState.ONLINE, seen, null);

        Device offline = devices.reportState(device.id(), DeviceState.OFFLINE, lost, "silent 150 s").orElseThrow();

        assertThat(offline.state()).isEqualTo(DeviceState.OFFLINE);
        assertThat(offline.stateSince()).isEqualTo(lost);
        assertThat(offline.lastSeenAt()).isEqualTo(seen);
        Event event = events(device).getFirst();
        assertThat(event.type()).isEqualTo("device.offline");
        assertThat(event.severity()).isEqualTo(EventSeverity.WARNING);
        assertThat(event.data()).containsEntry("reason", "silent 150 s");
        assertThat(event.siteId()).isEqualTo(device.siteId());
    }

    @Test
    void lastSeenNeverMovesBackwards() {
        Device device = register();
        devices.reportSeen(device.id(), Instant.parse("2026-11-21T10:00:00Z"));
        devices.reportSeen(device.id(), Instant.parse("2026-11-21T09:00:00Z"));
        assertThat(devices.device(CurrentUser.system(), device.id()).lastSeenAt())
                .isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
    }

    @Test
    void reportsForAnUnknownDeviceChangeNothing() {
        assertThat(devices.reportState(Long.MAX_VALUE, DeviceState.ONLINE, Instant.now(), null)).isEmpty();
    }

    @Test
    void stateCountsAreScopedToTheCallersOrganizations() {
        Organization org = fixtures.organization();
        Device mine = register(org);
        Device other = register();
        devices.reportState(mine.id(), DeviceState.ONLINE, Instant.now(), null);
        devices.reportState(other.id(), DeviceState.OFFLINE, Instant.now(), null);
        var viewer = fixtures.caller(fixtures.user(Set.of(Role.VIEWER), org));
        assertThat(devices.stateCounts(viewer)).isEqualTo(Map.of(DeviceState.ONLINE, 1));
    }

    private Device register() {
        return register(fixtures.organization());
    }

    private Device register(Organization org) {
        Site site = fixtures.site(org);
        return devices.create(CurrentUser.system(), new DeviceForm(org.id(), site.id(), null, DeviceKind.MODEM,
                "ATM21.A " + fixtures.unique(""), fixtures.unique("35847104"), Map.of("port", "35001")));
    }

    private java.util.List<Event> events(Device device) {
        return journal.find(CurrentUser.system(), EventFilter.latest(10).device(device.id()));
    }
}
