package org.castellan.tem106.emulator;

import java.time.Duration;
import java.util.Random;
import org.castellan.tem106.archive.SystemError;
import org.castellan.tem106.meter.CommaTable;
import org.castellan.tem106.meter.FlowChannel;
import org.castellan.tem106.meter.MeterSystem;
import org.castellan.tem106.meter.SystemTimes;
import org.castellan.tem106.meter.SystemType;

/**
 * One emulated heat system: its flow, the mass and energy that follow from it, its error state against Gmin.set,
 * Gmax.set and Δt min, and its integrators. Not thread-safe; driven by {@link Simulation}.
 */
final class HeatSystemModel {
    /** Specific heat of water, kJ/(kg·K). */
    private static final double CP = 4.19;

    final MeterSystem system;
    private final FlowChannel channel;
    private final double gMinSet;
    private final double gMaxSet;
    final Integrating energy;
    final Integrating mass;
    final Integrating volume;
    private long operating;
    private final long[] errorSeconds = new long[4];
    private double flow;
    private double massFlow;
    private double drift = 1;
    private Excursion excursion = Excursion.NONE;
    /** Error bits seen since each archive last took them: hourly, daily, monthly. */
    final int[] errorBits = new int[3];

    /** What goes wrong during the current simulated hour. */
    enum Excursion { NONE, FLOW_STOPPED, FLOW_TOO_HIGH, SMALL_DELTA_T }

    HeatSystemModel(MeterSystem system, FlowChannel channel) {
        this.system = system;
        this.channel = channel;
        this.gMinSet = channel == null ? 0 : channel.gMinSet().doubleValue();
        this.gMaxSet = channel == null ? 0 : channel.gMaxSet().doubleValue();
        this.energy = new Integrating(system.comma(), CommaTable.ENERGY, 1000 + 37.5 * system.number());
        this.mass = new Integrating(system.comma(), CommaTable.MASS_VOLUME, 50_000 + 1250.0 * system.number());
        this.volume = new Integrating(system.comma(), CommaTable.MASS_VOLUME, 51_000 + 1250.0 * system.number());
    }

    boolean measuresFlow() {
        return channel != null;
    }

    boolean measuresHeat() {
        return measuresFlow() && system.type() != SystemType.FLOW_METER && !system.temperatureChannels().isEmpty();
    }

    /** At the top of each simulated hour: maybe something goes wrong for the hour (a few percent of hours). */
    void newHour(Random random) {
        double roll = random.nextDouble();
        excursion = roll < 0.03 ? Excursion.FLOW_STOPPED
                : roll < 0.04 ? Excursion.FLOW_TOO_HIGH
                : roll < 0.07 && measuresHeat() ? Excursion.SMALL_DELTA_T
                : Excursion.NONE;
    }

    /**
     * Advances by {@code step}: flow drifts around 35 % of Gmax with the daily load ({@code load} 0.8..1.2), mass
     * follows flow and density, energy follows mass and Δt; errors stop integration and run the error clocks.
     *
     * @param supply  supply temperature, °C
     * @param back    return temperature, °C (already lowered to a small Δt by the caller when the excursion says so)
     * @return the energy added, MWh
     */
    double step(Duration step, double load, double supply, double back, Random random) {
        double hours = step.toSeconds() / 3600.0;
        if (!measuresFlow()) {
            operating += step.toSeconds();
            return 0;
        }
        drift = Math.clamp(drift + random.nextGaussian() * 0.01, 0.85, 1.15);
        double gMax = channel.gMax();
        flow = switch (excursion) {
            case FLOW_STOPPED -> gMinSet * 0.3;
            case FLOW_TOO_HIGH -> Math.max(gMaxSet, gMax) * 1.05;
            default -> gMax * 0.35 * load * drift;
        };
        massFlow = flow * density(back) / 1000;
        int bits = errorBits(supply - back);
        for (int i = 0; i < errorBits.length; i++) {
            errorBits[i] |= bits;
        }
        if (bits != 0) {
            errorSeconds[errorIndex(bits)] += step.toSeconds();
            return 0;
        }
        operating += step.toSeconds();
        volume.add(flow * hours);
        mass.add(massFlow * hours);
        double heat = measuresHeat() ? massFlow * hours * (supply - back) * CP / 3.6 / 1000 : 0;
        energy.add(heat);
        return heat;
    }

    private int errorBits(double deltaT) {
        int bits = 0;
        if (flow < gMinSet) {
            bits |= 1 << SystemError.G1_BELOW_MIN.bit();
        }
        if (flow > gMaxSet) {
            bits |= 1 << SystemError.G1_ABOVE_MAX.bit();
        }
        if (measuresHeat() && deltaT < system.deltaTMin()) {
            bits |= 1 << SystemError.DELTA_T_BELOW_MIN.bit();
        }
        return bits;
    }

    /** time_e1 for flow below min, time_e2 above max, time_e3 for Δt (seed §5.1). */
    private static int errorIndex(int bits) {
        if ((bits & (1 << SystemError.G1_BELOW_MIN.bit())) != 0) {
            return 0;
        }
        return (bits & (1 << SystemError.G1_ABOVE_MAX.bit())) != 0 ? 1 : 2;
    }

    /** Water density, kg/m³, good to 0.1 % between 5 and 100 °C. */
    static double density(double celsius) {
        return 1000.3 - 0.06 * celsius - 0.0036 * celsius * celsius;
    }

    Excursion excursion() {
        return excursion;
    }

    double flow() {
        return flow;
    }

    double massFlow() {
        return massFlow;
    }

    SystemTimes times() {
        return SystemTimes.ofSeconds(operating, errorSeconds[0], errorSeconds[1], errorSeconds[2], errorSeconds[3]);
    }

    /** The error bits of archive {@code ring} (0 hourly, 1 daily, 2 monthly) since it last took them; resets them. */
    int takeErrorBits(int ring) {
        int bits = errorBits[ring];
        errorBits[ring] = 0;
        return bits;
    }
}
