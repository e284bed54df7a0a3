package org.castellan.alarms;

import java.util.Map;
import org.castellan.devices.Device;
import org.castellan.devices.DeviceForm;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceService;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.CurrentUser;
import org.castellan.testsupport.Fixtures;

/** Devices and alarms the alarm tests start from. */
final class AlarmTestData {
    private AlarmTestData() {
    }

    static Device device(DeviceService devices, Fixtures fixtures, Organization org, Site site, DeviceKind kind) {
        return devices.create(CurrentUser.system(), new DeviceForm(org.id(), site == null ? null : site.id(), null,
                kind, fixtures.unique("Device "), fixtures.unique("id-"), Map.of()));
    }

    static ManualAlarmForm manual(Organization org, Site site, AlarmSeverity severity, String title) {
        return new ManualAlarmForm(org.id(), site == null ? null : site.id(), severity, title, null);
    }
}
