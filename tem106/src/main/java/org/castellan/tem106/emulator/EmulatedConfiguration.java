package org.castellan.tem106.emulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.castellan.tem106.meter.Configuration;
import org.castellan.tem106.meter.FlowChannel;
import org.castellan.tem106.meter.MeterSystem;
import org.castellan.tem106.meter.SystemType;

/**
 * The configuration an emulated meter holds: system {@code n} measures flow on channel {@code n} (a temperature-only
 * system on none), temperatures on a pair of channels shared with system {@code n ± 3}, pressure on channel
 * {@code n}; Gmax.set = 100 % and Gmin.set = 2 % of Gmax; Δt min = 3 °C; comma 3 (kQ = 100, kV = 10).
 */
final class EmulatedConfiguration {
    private static final int[] DIAMETERS = {50, 40, 32, 25, 50, 40};
    private static final float[] G_MAX = {36f, 25f, 16f, 10f, 36f, 25f};
    private static final int COMMA = 3;

    private EmulatedConfiguration() {
    }

    static Configuration of(MeterProfile profile) {
        List<MeterSystem> systems = new ArrayList<>();
        for (int n = 1; n <= profile.systems().size(); n++) {
            systems.add(system(n, profile.systems().get(n - 1)));
        }
        List<FlowChannel> channels = new ArrayList<>();
        for (int c = 1; c <= 6; c++) {
            channels.add(new FlowChannel(c, G_MAX[c - 1], 100, 40, DIAMETERS[c - 1]));
        }
        List<Integer> commas = Collections.nCopies(6, COMMA);
        return new Configuration(profile.address(), profile.serialNumber(), profile.flashSize().flashType(), systems,
                channels, List.of(0f, 0f), List.of(COMMA << 8 | COMMA, COMMA << 8 | COMMA), commas, 0x3F, 0x7F, 0x3F,
                Collections.nCopies(8, 0f), Collections.nCopies(8, 0f), Collections.nCopies(6, 1f),
                Collections.nCopies(6, 1f), List.of(1, 2, 3, 4, 5, 6));
    }

    private static MeterSystem system(int n, SystemType type) {
        int pair = (n - 1) % 3;
        List<Integer> flow = type == SystemType.TEMPERATURE ? List.of() : List.of(n);
        List<Integer> temperature = type == SystemType.FLOW_METER ? List.of() : List.of(2 * pair + 1, 2 * pair + 2);
        return new MeterSystem(n, type, flow, temperature, List.of(n), 3f, COMMA);
    }
}
