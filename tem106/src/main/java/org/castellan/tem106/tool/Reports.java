package org.castellan.tem106.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.archive.SystemArchive;
import org.castellan.tem106.archive.SystemError;
import org.castellan.tem106.meter.Configuration;
import org.castellan.tem106.meter.CurrentValues;
import org.castellan.tem106.meter.FlowChannel;
import org.castellan.tem106.meter.Integrator;
import org.castellan.tem106.meter.MeterSystem;
import org.castellan.tem106.meter.SystemReadings;
import org.castellan.tem106.meter.SystemTimes;
import org.castellan.tem106.reader.Identity;
import org.castellan.tem106.tool.Report.Section;

/**
 * Lays decoded values out as {@link Report}s. Integrators appear exactly (their full decimal value) next to their
 * raw integer and fractional parts, so every figure can be checked against the meter.
 */
public final class Reports {
    private static final List<String> INTEGRATOR_COLUMNS = List.of("energy_MWh", "energy_L", "energy_F", "mass_t",
            "mass_L", "mass_F", "volume_m3", "volume_L", "volume_F");
    private static final List<String> TIME_COLUMNS =
            List.of("operating_s", "flow_below_min_s", "flow_above_max_s", "dt_below_min_s", "fault_s");

    private Reports() {
    }

    public static Report identity(Identity identity) {
        return new Report("TEM-106 identification", List.of(new Section("identity", List.of("address", "model"),
                List.of(List.of(identity.address(), identity.model())))));
    }

    public static Report configuration(Configuration c) {
        Section meter = new Section("meter", List.of("address", "serial_number", "flash_type", "flash", "systems"),
                List.of(List.of(c.networkAddress(), c.serialNumber(), String.format("0x%04X", c.flashType()),
                        c.flashSize().map(Enum::name).orElse("unknown"), c.systems().size())));
        List<List<Object>> systems = new ArrayList<>();
        for (MeterSystem s : c.systems()) {
            systems.add(List.of(s.number(), s.type().name(), s.type().russian(), joined(s.flowChannels()),
                    joined(s.temperatureChannels()), joined(s.pressureChannels()), s.deltaTMin(), s.comma()));
        }
        List<List<Object>> channels = new ArrayList<>();
        for (FlowChannel f : c.flowChannels()) {
            channels.add(List.of(f.channel(), f.gMax(), f.percentMax(), f.percentMin(), f.gMaxSet(), f.gMinSet(),
                    f.diameter()));
        }
        return new Report("TEM-106 configuration", List.of(meter,
                new Section("systems", List.of("system", "type", "type_ru", "flow_channels", "temperature_channels",
                        "pressure_channels", "dt_min_C", "comma"), systems),
                new Section("flow_channels", List.of("channel", "gmax_m3h", "gmax_pct", "gmin_0.05pct", "gmax_set_m3h",
                        "gmin_set_m3h", "diameter_mm"), channels)));
    }

    public static Report current(CurrentValues v) {
        List<List<Object>> channels = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            channels.add(List.of(i + 1, v.temperatures().get(i), v.pressures().get(i),
                    i < 6 ? v.volumeFlows().get(i) : "", i < 6 ? v.massFlows().get(i) : ""));
        }
        List<List<Object>> systems = new ArrayList<>();
        for (SystemReadings s : v.systems()) {
            List<Object> row = new ArrayList<>(List.of(s.number()));
            row.addAll(integrators(s.energy(), s.mass(), s.volume()));
            row.addAll(times(s.times()));
            systems.add(row);
        }
        List<String> systemColumns = new ArrayList<>(List.of("system"));
        systemColumns.addAll(INTEGRATOR_COLUMNS);
        systemColumns.addAll(TIME_COLUMNS);
        return new Report("TEM-106 current values", List.of(
                new Section("meter", List.of("clock", "powered_s", "total_energy_MWh"),
                        List.of(List.of(v.clock().toString(), v.poweredTime().toSeconds(), v.totalEnergy().value()))),
                new Section("channels", List.of("channel", "t_C", "p_MPa", "g_m3h", "m_th"), channels),
                new Section("systems", systemColumns, systems)));
    }

    public static Report archive(ArchiveKind kind, List<ArchiveRecord> records) {
        List<String> columns = new ArrayList<>(List.of("written_at", "covers_from", "system", "comma"));
        columns.addAll(INTEGRATOR_COLUMNS);
        columns.addAll(TIME_COLUMNS);
        columns.addAll(List.of("errors", "checksum"));
        List<List<Object>> rows = new ArrayList<>();
        for (ArchiveRecord r : records) {
            for (SystemArchive s : r.systems()) {
                if (s.comma() == 0 && s.energy().integer() == 0 && s.times().operating().isZero()) {
                    continue; // a system the meter does not use
                }
                List<Object> row = new ArrayList<>(List.of(r.writtenAt().toString(), r.coveredFrom().toString(),
                        s.number(), s.comma()));
                row.addAll(integrators(s.energy(), s.mass(), s.volume()));
                row.addAll(times(s.times()));
                row.add(s.errors().stream().map(SystemError::label).collect(Collectors.joining("; ")));
                row.add(r.checksum().notSumMatches() ? "not-sum" : r.checksum().sumMatches() ? "sum" : "unmatched");
                rows.add(row);
            }
        }
        return new Report("TEM-106 " + kind.name().toLowerCase(java.util.Locale.ROOT) + " archive",
                List.of(new Section("records", columns, rows)));
    }

    private static List<Object> integrators(Integrator... integrators) {
        List<Object> cells = new ArrayList<>();
        for (Integrator i : integrators) {
            cells.addAll(List.of(i.value(), i.integer(), i.fraction()));
        }
        return cells;
    }

    private static List<Object> times(SystemTimes t) {
        return List.of(t.operating().toSeconds(), t.flowBelowMin().toSeconds(), t.flowAboveMax().toSeconds(),
                t.deltaTBelowMin().toSeconds(), t.technicalFault().toSeconds());
    }

    private static String joined(List<Integer> channels) {
        return channels.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
