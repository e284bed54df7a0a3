package org.castellan.demo;

import java.util.List;
import java.util.Map;
import org.castellan.devices.DeviceFilter;
import org.castellan.devices.DeviceForm;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceService;
import org.castellan.org.Site;
import org.castellan.org.Zone;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo sites' security equipment and the dispatch centre's GSM modem: registry entries only. Nothing
 * emulates them, so they stay "unknown" — the protocol modules' fleets bring devices that talk.
 */
@Component
@Profile("demo")
@Order(0)
class DemoEquipment implements DemoFleet {
    private record Entry(String site, String zone, DeviceKind kind, String name, String identifier,
                         Map<String, String> connection) {
    }

    private static final List<Entry> EQUIPMENT = List.of(
            new Entry("Office Tower", "Server room", DeviceKind.EQUIPMENT, "CCTV network video recorder",
                    "NVR-7716-0042", Map.of("subsystem", "video surveillance")),
            new Entry("Office Tower", "Main entrance", DeviceKind.EQUIPMENT, "Intrusion alarm panel",
                    "IAP-2210-118", Map.of("subsystem", "intrusion alarm")),
            new Entry("Boiler House No. 3", "Control room", DeviceKind.EQUIPMENT, "Gas leak detector",
                    "GLD-5003-77", Map.of("subsystem", "alarm")),
            new Entry("Residential Block 7", "Entrance 1", DeviceKind.EQUIPMENT, "Video intercom",
                    "VI-31-0007", Map.of("subsystem", "building intercom")),
            new Entry("Office Tower", "Server room", DeviceKind.GSM_MODEM, "Dispatch GSM modem",
                    "863071012345678", Map.of("serial", "/dev/ttyUSB0", "baud", "115200")));

    private final DeviceService devices;

    DemoEquipment(DeviceService devices) {
        this.devices = devices;
    }

    @Override
    public List<String> describe() {
        return List.of(EQUIPMENT.size() + " registered pieces of security equipment (no emulator; state unknown)");
    }

    @Override
    public void start(DemoContext context) {
        long orgId = context.organization().id();
        var registered = devices.devices(context.actor(), new DeviceFilter(orgId, null, null, null, null));
        for (Entry e : EQUIPMENT) {
            boolean present = registered.stream()
                    .anyMatch(d -> d.kind() == e.kind() && d.identifier().equalsIgnoreCase(e.identifier()));
            if (!present) {
                Site site = context.site(e.site());
                Zone zone = context.zone(e.zone());
                devices.create(context.actor(), new DeviceForm(orgId, site.id(), zone.id(), e.kind(), e.name(),
                        e.identifier(), e.connection()));
            }
        }
    }
}
