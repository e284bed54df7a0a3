package org.castellan.tem106.emulator;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.archive.ArchiveRecord.ExtraVolume;
import org.castellan.tem106.archive.ArchiveRecordCodec;
import org.castellan.tem106.archive.RecordChecksum;
import org.castellan.tem106.archive.SystemArchive;
import org.castellan.tem106.meter.CommaTable;
import org.castellan.tem106.meter.Configuration;
import org.castellan.tem106.meter.Integrator;
import org.castellan.tem106.meter.MeterSystem;
import org.castellan.tem106.meter.SystemTimes;

/**
 * The emulated meter's physics and archive, stepped one simulated minute at a time. Deterministic: the same profile
 * stepped to the same time gives the same bytes, however the steps were batched. Not thread-safe.
 */
final class Simulation {
    static final Duration STEP = Duration.ofMinutes(1);

    private final Configuration configuration;
    private final List<HeatSystemModel> systems = new ArrayList<>();
    private final Random random;
    private final ArchiveWriter archives;
    private final int reportingDay;
    private final Integrating totalEnergy;
    private final double[] temperatures = new double[7];
    private final double[] pressures = {0.62, 0.41, 0.60, 0.40, 0.58, 0.39, 0.30};
    private LocalDateTime now;
    private LocalDateTime lastMonthly;
    private long poweredSeconds;

    Simulation(MeterProfile profile, Configuration configuration) {
        this.configuration = configuration;
        this.random = new Random(profile.seed());
        this.archives = new ArchiveWriter(profile.flashSize());
        this.reportingDay = profile.reportingDay();
        this.now = profile.start().minus(profile.history()).truncatedTo(ChronoUnit.MINUTES);
        this.lastMonthly = now.truncatedTo(ChronoUnit.DAYS);
        this.totalEnergy = new Integrating(configuration.commas().getFirst(), CommaTable.ENERGY, 0);
        for (MeterSystem system : configuration.systems()) {
            List<Integer> flow = system.flowChannels();
            systems.add(new HeatSystemModel(system, flow.isEmpty() ? null : configuration.flowChannel(flow.getFirst())));
        }
        systems.forEach(s -> s.newHour(random));
        temperatures(now);
    }

    /** Steps until the next step would pass {@code target}. */
    void advanceTo(LocalDateTime target) {
        while (!now.plus(STEP).isAfter(target)) {
            step();
        }
    }

    private void step() {
        LocalDateTime next = now.plus(STEP);
        temperatures(next);
        double load = 1 + 0.2 * Math.cos(2 * Math.PI * (next.getHour() - 7) / 24.0);
        double heat = 0;
        for (HeatSystemModel model : systems) {
            int pair = pair(model.system.number());
            double supply = temperatures[2 * pair];
            double back = model.excursion() == HeatSystemModel.Excursion.SMALL_DELTA_T
                    ? supply - model.system.deltaTMin() * 0.5 : temperatures[2 * pair + 1];
            heat += model.step(STEP, load, supply, back, random);
        }
        totalEnergy.add(heat);
        poweredSeconds += STEP.toSeconds();
        now = next;
        writeArchives();
    }

    private void writeArchives() {
        if (now.getMinute() != 0) {
            return;
        }
        archives.write(ArchiveKind.HOURLY, record(now.minusHours(1), 0));
        if (now.getHour() == 0) {
            archives.write(ArchiveKind.DAILY, record(now.minusDays(1), 1));
            if (now.getDayOfMonth() == reportingDay) {
                archives.write(ArchiveKind.MONTHLY, record(lastMonthly, 2));
                lastMonthly = now;
            }
        }
        systems.forEach(s -> s.newHour(random));
    }

    /** Systems 1 and 4 share temperature channels 1–2, 2 and 5 share 3–4, 3 and 6 share 5–6. */
    private static int pair(int system) {
        return (system - 1) % 3;
    }

    /** Supply follows the daily heating curve, return sits 14..22 °C lower; channel 7 is cold water. */
    private void temperatures(LocalDateTime time) {
        double day = Math.cos(2 * Math.PI * (time.getHour() + time.getMinute() / 60.0 - 6) / 24.0);
        for (int pair = 0; pair < 3; pair++) {
            double supply = 78 - 6 * pair + 7 * day + random.nextGaussian() * 0.05;
            temperatures[2 * pair] = supply;
            temperatures[2 * pair + 1] = supply - 18 - 4 * day + random.nextGaussian() * 0.05;
        }
        temperatures[6] = 8 + 2 * Math.sin(2 * Math.PI * time.getDayOfYear() / 365.0);
    }

    private byte[] record(LocalDateTime coveredFrom, int ring) {
        List<SystemArchive> archived = new ArrayList<>(6);
        for (int s = 1; s <= 6; s++) {
            archived.add(s <= systems.size() ? archived(systems.get(s - 1), ring) : unused(s));
        }
        ArchiveRecord record = new ArchiveRecord(now, coveredFrom, archived, totalEnergy.snapshot(),
                Duration.ofSeconds(poweredSeconds), floats(temperatures, 7), floats(pressures, 6),
                List.of(new ExtraVolume(0, 0), new ExtraVolume(0, 0)), new RecordChecksum(0, false, false));
        return ArchiveRecordCodec.sealWithNotSum(ArchiveRecordCodec.encode(record));
    }

    private static SystemArchive archived(HeatSystemModel model, int ring) {
        return new SystemArchive(model.system.number(), model.system.comma(), model.energy.snapshot(),
                model.mass.snapshot(), model.volume.snapshot(), model.times(), model.takeErrorBits(ring));
    }

    private static SystemArchive unused(int number) {
        Duration zero = Duration.ZERO;
        return new SystemArchive(number, 0, new Integrator(0, 0, 0, CommaTable.ENERGY),
                new Integrator(0, 0, 0, CommaTable.MASS_VOLUME), new Integrator(0, 0, 0, CommaTable.MASS_VOLUME),
                new SystemTimes(zero, zero, zero, zero, zero), 0);
    }

    static List<Float> floats(double[] values, int count) {
        List<Float> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add((float) values[i]);
        }
        return list;
    }

    LocalDateTime now() {
        return now;
    }

    List<HeatSystemModel> systems() {
        return systems;
    }

    Integrating totalEnergy() {
        return totalEnergy;
    }

    double[] temperatures() {
        return temperatures;
    }

    double[] pressures() {
        return pressures;
    }

    long poweredSeconds() {
        return poweredSeconds;
    }

    ArchiveWriter archives() {
        return archives;
    }

    Configuration configuration() {
        return configuration;
    }
}
