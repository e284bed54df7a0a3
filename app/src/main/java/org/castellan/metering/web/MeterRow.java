package org.castellan.metering.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.CurrentEntry;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterReadings;
import org.castellan.metering.MeterSystemInfo;

/**
 * One meter as the list shows it (the console's table, its CSV and the API's list): the meter, how its reads go, the
 * statement system's supply and return temperatures and mass flow from the newest current values, and how many
 * hourly records are missing within its plan.
 *
 * @param t1         supply temperature of the statement system, °C; null before the first current read
 * @param t2         return temperature of the statement system, °C
 * @param flow       mass flow of the statement system's first flow channel, t/h
 * @param valuesAt   when those values were read
 * @param hourlyGaps hourly records missing within the plan's depth
 * @param records    how many records of each interval are stored
 */
public record MeterRow(Meter meter, MeterStatus status, Float t1, Float t2, Float flow, Instant valuesAt,
        long hourlyGaps, Map<ArchiveInterval, Long> records) {

    public static MeterRow of(MeterReadings.MeterSummary summary) {
        Meter meter = summary.meter();
        CurrentEntry values = summary.latest() == null ? null : summary.latest().values();
        return new MeterRow(meter, MeterStatus.of(meter),
                values == null ? null : number(CurrentEntry.channel(values.temperatures(), supplyChannel(meter))),
                values == null ? null : number(CurrentEntry.channel(values.temperatures(), returnChannel(meter))),
                values == null ? null : number(CurrentEntry.channel(values.massFlows(), flowChannel(meter))),
                summary.latest() == null ? null : summary.latest().takenAt(), summary.gaps(), summary.records());
    }

    /** The temperature channel of the statement system's supply (t1); channel 1 until the meter is identified. */
    public static int supplyChannel(Meter meter) {
        return channel(meter, MeterSystemInfo::temperatureChannels, 1, 1);
    }

    /** The temperature channel of the statement system's return (t2); channel 2 until the meter is identified. */
    public static int returnChannel(Meter meter) {
        return channel(meter, MeterSystemInfo::temperatureChannels, 2, 2);
    }

    /** The statement system's first flow channel; channel 1 until the meter is identified. */
    public static int flowChannel(Meter meter) {
        return channel(meter, MeterSystemInfo::flowChannels, 1, 1);
    }

    private static int channel(Meter meter, java.util.function.Function<MeterSystemInfo, List<Integer>> channels,
                               int nth, int otherwise) {
        return meter.system(meter.statementSystem()).map(s -> MeterSystemInfo.nth(channels.apply(s), nth))
                .filter(c -> c > 0).orElse(otherwise);
    }

    /** A measured value, or null when the channel is missing or the meter reported no number (NaN). */
    static Float number(Float value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : value;
    }
}
