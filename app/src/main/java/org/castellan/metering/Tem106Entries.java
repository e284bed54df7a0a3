package org.castellan.metering;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.archive.SystemArchive;
import org.castellan.tem106.meter.Configuration;
import org.castellan.tem106.meter.CurrentValues;
import org.castellan.tem106.meter.Integrator;
import org.castellan.tem106.meter.MeterSystem;
import org.castellan.tem106.meter.SystemReadings;
import org.castellan.tem106.meter.SystemTimes;

/** TEM-106 values to the make-neutral ones: records, current values, systems. */
public final class Tem106Entries {
    private Tem106Entries() {
    }

    /**
     * A record of {@code interval} as an entry: the configured systems only. The record is written when its period
     * ends (on the hour, at midnight, on the reporting day; a few seconds past the boundary), so its period is the one
     * before the writing time's: 10:00:02 → 09:00–10:00. Not {@code pred_*}: after a power cut that reaches back to
     * the last record written, and the hours in between would be named by the wrong record.
     *
     * @param raw the record's bytes as read ({@code MeterReader.readArchiveRaw})
     */
    public static ArchiveEntry archive(ArchiveRecord record, byte[] raw, ArchiveInterval interval,
            Configuration configuration, int reportingDay) {
        List<SystemEntry> systems = new ArrayList<>();
        for (MeterSystem system : configuration.systems()) {
            SystemArchive s = record.system(system.number());
            systems.add(system(s.number(), s.energy(), s.mass(), s.volume(), s.times(), s.errorBits()));
        }
        LocalDateTime start = interval.previous(interval.floor(record.writtenAt(), reportingDay));
        return new ArchiveEntry(interval, start, record.writtenAt(), systems, record.temperatures(),
                record.pressures(), counter(record.totalEnergy()), record.poweredTime().toSeconds(), raw);
    }

    /** Current values as an entry. */
    public static CurrentEntry current(CurrentValues values) {
        List<SystemEntry> systems = new ArrayList<>();
        for (SystemReadings s : values.systems()) {
            systems.add(system(s.number(), s.energy(), s.mass(), s.volume(), s.times(), 0));
        }
        return new CurrentEntry(values.clock(), values.temperatures(), values.pressures(), values.volumeFlows(),
                values.massFlows(), systems);
    }

    /** The configured systems. */
    public static List<MeterSystemInfo> systems(Configuration configuration) {
        return configuration.systems().stream().map(s -> new MeterSystemInfo(s.number(), s.type().name(),
                s.flowChannels(), s.temperatureChannels(), s.pressureChannels(), s.deltaTMin(), s.comma())).toList();
    }

    /** An integrator as a counter. */
    public static Counter counter(Integrator integrator) {
        return new Counter(integrator.integer(), integrator.fraction(), integrator.comma(),
                integrator.table().scale(integrator.comma()), integrator.value());
    }

    private static SystemEntry system(int number, Integrator energy, Integrator mass, Integrator volume,
            SystemTimes times, int errorBits) {
        long[] t = times.seconds();
        return new SystemEntry(number, counter(energy), counter(mass), counter(volume), t[0], t[1], t[2], t[3], t[4],
                errorBits);
    }
}
