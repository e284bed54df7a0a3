package org.castellan.tem106.meter;

import static org.castellan.tem106.memory.TimerMemoryField.COMMA;
import static org.castellan.tem106.memory.TimerMemoryField.DIAM;
import static org.castellan.tem106.memory.TimerMemoryField.DIAM78;
import static org.castellan.tem106.memory.TimerMemoryField.DT_MIN;
import static org.castellan.tem106.memory.TimerMemoryField.FLASH_TYPE;
import static org.castellan.tem106.memory.TimerMemoryField.F_MAX;
import static org.castellan.tem106.memory.TimerMemoryField.G_MAX;
import static org.castellan.tem106.memory.TimerMemoryField.G_MAX78;
import static org.castellan.tem106.memory.TimerMemoryField.G_PCMT_MAX;
import static org.castellan.tem106.memory.TimerMemoryField.G_PCMT_MIN;
import static org.castellan.tem106.memory.TimerMemoryField.NET_NUM;
import static org.castellan.tem106.memory.TimerMemoryField.NUMBER;
import static org.castellan.tem106.memory.TimerMemoryField.P_P;
import static org.castellan.tem106.memory.TimerMemoryField.RSHM;
import static org.castellan.tem106.memory.TimerMemoryField.SYSTEMS;
import static org.castellan.tem106.memory.TimerMemoryField.SYSTEM_T;
import static org.castellan.tem106.memory.TimerMemoryField.SYS_G;
import static org.castellan.tem106.memory.TimerMemoryField.SYS_P;
import static org.castellan.tem106.memory.TimerMemoryField.SYS_T;
import static org.castellan.tem106.memory.TimerMemoryField.T_P;
import static org.castellan.tem106.memory.TimerMemoryField.USED_G;
import static org.castellan.tem106.memory.TimerMemoryField.USED_P;
import static org.castellan.tem106.memory.TimerMemoryField.USED_T;
import static org.castellan.tem106.memory.TimerMemoryField.WEIGHT;

import java.util.ArrayList;
import java.util.List;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.memory.TimerMemory;
import org.castellan.tem106.memory.TimerMemoryField;

/**
 * Reads a {@link Configuration} out of the timer memory (seed TEM-106 §6.1) and writes one into it (the emulator).
 * Stateless; safe from any thread as long as the memory is not shared.
 */
public final class ConfigurationCodec {
    private ConfigurationCodec() {
    }

    /**
     * Decodes the configuration from the loaded {@link org.castellan.tem106.memory.MemoryRange#CONFIGURATION} ranges.
     *
     * @throws DecodingException when {@code systems} is not 1..6, a system type is unknown or Gmax is not a number
     */
    public static Configuration decode(TimerMemory memory) throws DecodingException {
        int count = memory.c(SYSTEMS, 0);
        if (count < 1 || count > 6) {
            throw new DecodingException("systems", "1..6 (§6.1.1)", String.valueOf(count));
        }
        List<MeterSystem> systems = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            systems.add(system(memory, s));
        }
        List<FlowChannel> channels = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            channels.add(new FlowChannel(c + 1, memory.finite(G_MAX, c), memory.c(G_PCMT_MAX, c),
                    memory.c(G_PCMT_MIN, c), memory.i(DIAM, c)));
        }
        return new Configuration(memory.c(NET_NUM, 0), memory.l(NUMBER, 0), memory.i(FLASH_TYPE, 0), systems,
                channels, floats(memory, G_MAX78), ints(memory, DIAM78), ints(memory, COMMA), memory.c(USED_G, 0),
                memory.c(USED_T, 0), memory.c(USED_P, 0), floats(memory, T_P), floats(memory, P_P),
                floats(memory, WEIGHT), floats(memory, F_MAX), ints(memory, RSHM));
    }

    private static MeterSystem system(TimerMemory memory, int s) throws DecodingException {
        int code = memory.c(SYSTEM_T, s);
        SystemType type = SystemType.of(code).orElseThrow(() -> new DecodingException(SYSTEM_T.seedName(s),
                "a scheme of §5.1: 00, 01, 02, 04, 05, 06, 07, 08 or 09", DecodingException.hex(code)));
        return new MeterSystem(s + 1, type, MeterSystem.channels(memory.c(SYS_G, s)),
                MeterSystem.channels(memory.c(SYS_T, s)), MeterSystem.channels(memory.c(SYS_P, s)), memory.f(DT_MIN, s),
                memory.c(COMMA, s));
    }

    /**
     * Writes {@code configuration} into {@code memory}. Systems beyond the configured ones are left zero; {@code comma}
     * is written last, so the bytes at {@code 02FA} say comma (erratum 2), whatever {@code diam78} held.
     */
    public static void encode(Configuration configuration, TimerMemory memory) {
        memory.putC(SYSTEMS, 0, configuration.systems().size());
        for (MeterSystem system : configuration.systems()) {
            int s = system.number() - 1;
            memory.putC(SYSTEM_T, s, system.type().code());
            memory.putC(SYS_G, s, MeterSystem.bits(system.flowChannels()));
            memory.putC(SYS_T, s, MeterSystem.bits(system.temperatureChannels()));
            memory.putC(SYS_P, s, MeterSystem.bits(system.pressureChannels()));
            memory.putF(DT_MIN, s, system.deltaTMin());
        }
        for (FlowChannel channel : configuration.flowChannels()) {
            int c = channel.channel() - 1;
            memory.putF(G_MAX, c, channel.gMax());
            memory.putC(G_PCMT_MAX, c, channel.percentMax());
            memory.putC(G_PCMT_MIN, c, channel.percentMin());
            memory.putI(DIAM, c, channel.diameter());
        }
        memory.putC(NET_NUM, 0, configuration.networkAddress());
        memory.putL(NUMBER, 0, configuration.serialNumber());
        memory.putI(FLASH_TYPE, 0, configuration.flashType());
        memory.putC(USED_G, 0, configuration.usedFlow());
        memory.putC(USED_T, 0, configuration.usedTemperature());
        memory.putC(USED_P, 0, configuration.usedPressure());
        putFloats(memory, G_MAX78, configuration.extraFlowMax());
        putFloats(memory, T_P, configuration.programmedTemperatures());
        putFloats(memory, P_P, configuration.programmedPressures());
        putFloats(memory, WEIGHT, configuration.pulseWeights());
        putFloats(memory, F_MAX, configuration.maxFrequencies());
        for (int i = 0; i < RSHM.count(); i++) {
            memory.putC(RSHM, i, configuration.flowMeterBinding().get(i));
        }
        for (int i = 0; i < COMMA.count(); i++) {
            memory.putC(COMMA, i, configuration.commas().get(i));
        }
    }

    static List<Float> floats(TimerMemory memory, TimerMemoryField field) {
        List<Float> values = new ArrayList<>(field.count());
        for (int i = 0; i < field.count(); i++) {
            values.add(memory.f(field, i));
        }
        return values;
    }

    private static List<Integer> ints(TimerMemory memory, TimerMemoryField field) {
        List<Integer> values = new ArrayList<>(field.count());
        for (int i = 0; i < field.count(); i++) {
            values.add(field.type() == org.castellan.tem106.memory.FieldType.C ? memory.c(field, i) : memory.i(field, i));
        }
        return values;
    }

    static void putFloats(TimerMemory memory, TimerMemoryField field, List<Float> values) {
        for (int i = 0; i < field.count(); i++) {
            memory.putF(field, i, values.get(i));
        }
    }
}
