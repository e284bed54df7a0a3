package org.castellan.tem106.meter;

import static org.castellan.tem106.memory.TimerMemoryField.ENERGY;
import static org.castellan.tem106.memory.TimerMemoryField.ENERGYALL;
import static org.castellan.tem106.memory.TimerMemoryField.FREQAN_V;
import static org.castellan.tem106.memory.TimerMemoryField.GV_78;
import static org.castellan.tem106.memory.TimerMemoryField.LENERGY;
import static org.castellan.tem106.memory.TimerMemoryField.LENERGYALL;
import static org.castellan.tem106.memory.TimerMemoryField.LMASS;
import static org.castellan.tem106.memory.TimerMemoryField.LVOLUME;
import static org.castellan.tem106.memory.TimerMemoryField.LVOLUME_78;
import static org.castellan.tem106.memory.TimerMemoryField.MASS;
import static org.castellan.tem106.memory.TimerMemoryField.P_N;
import static org.castellan.tem106.memory.TimerMemoryField.RASHOD_M;
import static org.castellan.tem106.memory.TimerMemoryField.RASHOD_V;
import static org.castellan.tem106.memory.TimerMemoryField.RTC_SS_2K;
import static org.castellan.tem106.memory.TimerMemoryField.TIME_E1;
import static org.castellan.tem106.memory.TimerMemoryField.TIME_E2;
import static org.castellan.tem106.memory.TimerMemoryField.TIME_E3;
import static org.castellan.tem106.memory.TimerMemoryField.TIME_E4;
import static org.castellan.tem106.memory.TimerMemoryField.TIME_WRK;
import static org.castellan.tem106.memory.TimerMemoryField.TIME_WRKALL;
import static org.castellan.tem106.memory.TimerMemoryField.T_N;
import static org.castellan.tem106.memory.TimerMemoryField.VOLUME;
import static org.castellan.tem106.memory.TimerMemoryField.VOLUME_78;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.memory.TimerMemory;
import org.castellan.tem106.memory.TimerMemoryField;

/**
 * Reads {@link CurrentValues} out of the timer memory (seed TEM-106 §6.2). The commas come from the configuration
 * ({@code 02FA}, erratum 2), read once per session. Stateless.
 */
public final class CurrentValuesCodec {
    /** time_wrk, time_e1..e4: the meter's order of the time integrators (§5.1). */
    public static final List<TimerMemoryField> TIME_FIELDS = List.of(TIME_WRK, TIME_E1, TIME_E2, TIME_E3, TIME_E4);
    private static final TimerMemoryField[] TIMES = TIME_FIELDS.toArray(TimerMemoryField[]::new);

    private CurrentValuesCodec() {
    }

    /**
     * Decodes the current values from the loaded {@link org.castellan.tem106.memory.MemoryRange#CURRENT} ranges.
     *
     * @throws DecodingException when the clock is not a BCD date or a fractional part is not a finite float
     */
    public static CurrentValues decode(TimerMemory memory, Configuration configuration) throws DecodingException {
        LocalDateTime clock = MeterDates.decodeClock(memory.slice(RTC_SS_2K.address(), 6));
        List<SystemReadings> systems = new ArrayList<>();
        for (MeterSystem system : configuration.systems()) {
            systems.add(readings(memory, system.number() - 1, system.comma()));
        }
        int comma = configuration.commas().getFirst();
        Integrator total = integrator(memory, ENERGYALL, LENERGYALL, 0, comma, CommaTable.ENERGY);
        List<Integrator> extra = List.of(
                integrator(memory, VOLUME_78, LVOLUME_78, 0, comma, CommaTable.MASS_VOLUME),
                integrator(memory, VOLUME_78, LVOLUME_78, 1, comma, CommaTable.MASS_VOLUME));
        return new CurrentValues(clock, floats(memory, T_N), floats(memory, P_N), floats(memory, RASHOD_V),
                floats(memory, RASHOD_M), floats(memory, FREQAN_V), floats(memory, GV_78), systems, total, extra,
                Duration.ofSeconds(memory.l(TIME_WRKALL, 0)));
    }

    private static SystemReadings readings(TimerMemory memory, int s, int comma) throws DecodingException {
        long[] seconds = new long[TIMES.length];
        for (int k = 0; k < TIMES.length; k++) {
            seconds[k] = memory.l(TIMES[k], s);
        }
        SystemTimes times = SystemTimes.ofSeconds(seconds);
        return new SystemReadings(s + 1, integrator(memory, ENERGY, LENERGY, s, comma, CommaTable.ENERGY),
                integrator(memory, MASS, LMASS, s, comma, CommaTable.MASS_VOLUME),
                integrator(memory, VOLUME, LVOLUME, s, comma, CommaTable.MASS_VOLUME), times);
    }

    private static Integrator integrator(TimerMemory memory, TimerMemoryField integer, TimerMemoryField fraction,
            int index, int comma, CommaTable table) throws DecodingException {
        return new Integrator(memory.l(integer, index), memory.finite(fraction, index), comma, table);
    }

    private static List<Float> floats(TimerMemory memory, TimerMemoryField field) {
        return ConfigurationCodec.floats(memory, field);
    }
}
