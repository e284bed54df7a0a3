package org.castellan.tem106.emulator;

import static org.castellan.tem106.memory.TimerMemoryField.ENERGY;
import static org.castellan.tem106.memory.TimerMemoryField.ENERGYALL;
import static org.castellan.tem106.memory.TimerMemoryField.FREQAN_V;
import static org.castellan.tem106.memory.TimerMemoryField.LENERGY;
import static org.castellan.tem106.memory.TimerMemoryField.LENERGYALL;
import static org.castellan.tem106.memory.TimerMemoryField.LMASS;
import static org.castellan.tem106.memory.TimerMemoryField.LVOLUME;
import static org.castellan.tem106.memory.TimerMemoryField.MASS;
import static org.castellan.tem106.memory.TimerMemoryField.P_N;
import static org.castellan.tem106.memory.TimerMemoryField.RASHOD_M;
import static org.castellan.tem106.memory.TimerMemoryField.RASHOD_V;
import static org.castellan.tem106.memory.TimerMemoryField.RTC_SS_2K;
import static org.castellan.tem106.memory.TimerMemoryField.TIME_WRKALL;
import static org.castellan.tem106.memory.TimerMemoryField.T_N;
import static org.castellan.tem106.memory.TimerMemoryField.VOLUME;

import java.time.LocalDateTime;
import org.castellan.tem106.memory.TimerMemory;
import org.castellan.tem106.memory.TimerMemoryField;
import org.castellan.tem106.meter.Integrator;
import org.castellan.tem106.meter.MeterDates;
import org.castellan.tem106.meter.CurrentValuesCodec;

/** Writes the simulation's current state into the timer memory, at the addresses of seed TEM-106 §5.1. */
final class CurrentMemory {
    private CurrentMemory() {
    }

    static void write(Simulation simulation, TimerMemory memory, LocalDateTime clock) {
        memory.load(RTC_SS_2K.address(), MeterDates.encodeClock(clock));
        for (int i = 0; i < 7; i++) {
            memory.putF(T_N, i, (float) simulation.temperatures()[i]);
            memory.putF(P_N, i, (float) simulation.pressures()[i]);
        }
        for (HeatSystemModel model : simulation.systems()) {
            int s = model.system.number() - 1;
            if (model.measuresFlow()) {
                int c = model.system.flowChannels().getFirst() - 1;
                memory.putF(RASHOD_V, c, (float) model.flow());
                memory.putF(RASHOD_M, c, (float) model.massFlow());
                memory.putF(FREQAN_V, c, (float) (model.flow() * 10));
            }
            put(memory, ENERGY, LENERGY, s, model.energy.snapshot());
            put(memory, MASS, LMASS, s, model.mass.snapshot());
            put(memory, VOLUME, LVOLUME, s, model.volume.snapshot());
            long[] seconds = model.times().seconds();
            for (int k = 0; k < seconds.length; k++) {
                memory.putL(CurrentValuesCodec.TIME_FIELDS.get(k), s, seconds[k]);
            }
        }
        put(memory, ENERGYALL, LENERGYALL, 0, simulation.totalEnergy().snapshot());
        memory.putL(TIME_WRKALL, 0, simulation.poweredSeconds());
    }

    private static void put(TimerMemory memory, TimerMemoryField integer, TimerMemoryField fraction, int index,
            Integrator value) {
        memory.putL(integer, index, value.integer());
        memory.putF(fraction, index, value.fraction());
    }
}
