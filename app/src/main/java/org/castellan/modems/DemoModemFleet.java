package org.castellan.modems;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.castellan.demo.DemoContext;
import org.castellan.demo.DemoFleet;
import org.castellan.demo.DemoHeatMeters;
import org.castellan.gateway.Tem106Serial;
import org.castellan.irz.emulator.EmulatorConfig;
import org.castellan.irz.emulator.EmulatorFleet;
import org.castellan.irz.emulator.GreetingMode;
import org.castellan.irz.emulator.ModemEmulator;
import org.castellan.irz.emulator.SerialDevice;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's GPRS modems: iRZ ATM modems emulated in-process, each with a TEM-106 heat meter on its serial side,
 * connecting to this platform's gateway over loopback like field modems do. Two are COLPROT modems with inputs
 * (one input toggles every few minutes, so GPI events and notifications can be seen), one is in raw mode, and one
 * IMEI is not registered, so it waits as pending for an administrator. The meters keep the demo's fast clock
 * ({@link DemoHeatMeters}); the metering demo fleet registers them as meters.
 */
@Component
@Profile("demo")
@Order(20)
class DemoModemFleet implements DemoFleet {
    private record Entry(String imei, String name, String site, boolean raw, String phone) {
    }

    private static final List<Entry> MODEMS = List.of(
            new Entry("356938035643809", "Boiler house No. 3 — heat meter", "Boiler House No. 3", false, "+79001000003"),
            new Entry("352099001761481", "Residential block 7 — heat meter", "Residential Block 7", false,
                    "+79001000007"),
            new Entry("359072061234569", "Office tower — heat meter (raw)", "Office Tower", true, "+79001000011"));
    /** Seen by the gateway, registered by nobody: the allow-list's pending list. */
    private static final String STRANGER = "861234050000002";

    private final ModemService modems;
    private final GatewayNode gateway;
    private final EmulatorFleet fleet = new EmulatorFleet();
    private final ScheduledExecutorService inputs = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual()
            .name("demo-modem-inputs").factory());
    private int port;

    DemoModemFleet(ModemService modems, Optional<GatewayNode> gateway) {
        this.modems = modems;
        this.gateway = gateway.orElse(null);
    }

    @Override
    public List<String> describe() {
        if (gateway == null) {
            return List.of("no modems: the gateway is off (castellan.gateway.enabled=false)");
        }
        return List.of(MODEMS.size() + " iRZ modems with TEM-106 meters and 1 unregistered modem on modem port " + port
                + " (shared poller port " + gateway.sharedPollerPort() + ")");
    }

    @Override
    public void start(DemoContext context) {
        if (gateway == null) {
            return;
        }
        port = gateway.modemPorts().get(0);
        InetSocketAddress server = new InetSocketAddress("127.0.0.1", port);
        List<ModemEmulator> started = new ArrayList<>();
        for (Entry e : MODEMS) {
            if (modems.byKey(context.actor(), e.imei(), 0).isEmpty()) {
                modems.register(context.actor(), new ModemForm(e.imei(), 0, context.organization().id(),
                        context.site(e.site()).id(), null, e.name(), e.phone(), "ATM21.A", null, Sharing.TURNS,
                        "demo"));
            }
            EmulatorConfig.Builder config = EmulatorConfig.builder(server, e.imei()).field("DEV", "ATM21.A")
                    .keepAlive(Duration.ofSeconds(50), 2);
            if (e.raw()) {
                // the gateway greets COLPROT modems only; a raw ATM21 goes straight to data mode (irz-modem.md §2)
                config.raw().greeting(GreetingMode.IGNORE, Duration.ofSeconds(10));
            }
            // the metering demo registers these meters (address 1) under its fast plan: the shared fast clock
            started.add(fleet.add(config.build(), new Tem106Serial(DemoHeatMeters.meter(1,
                    106_001 + started.size(), Clock.systemUTC()))));
        }
        fleet.add(EmulatorConfig.builder(server, STRANGER).build(), SerialDevice.silent());
        fleet.modems().forEach(ModemEmulator::connect);
        ModemEmulator toggling = started.get(0);
        inputs.scheduleAtFixedRate(() -> toggling.setInput(1, !toggling.pinHigh(1)), 3, 5, TimeUnit.MINUTES);
    }

    @Override
    public void stop() {
        inputs.shutdownNow();
        fleet.close();
    }
}
