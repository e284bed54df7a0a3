package org.castellan.tem106.meter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.memory.TimerMemory;
import org.castellan.tem106.memory.TimerMemoryField;

/** The memory-map decoders fuzzed with whole random images, and the configuration round-tripped. */
class MemoryMapProperties {
    @Property(tries = 500)
    void randomImagesDecodeOrFailWithADecodingError(@ForAll @Size(TimerMemory.SIZE) byte[] image,
            @ForAll("systemCount") int systems) {
        image[TimerMemoryField.SYSTEMS.address()] = (byte) systems;
        TimerMemory memory = TimerMemory.of(image);
        try {
            Configuration configuration = ConfigurationCodec.decode(memory);
            CurrentValues values = CurrentValuesCodec.decode(memory, configuration);
            assertThat(values.systems()).hasSize(configuration.systems().size());
            values.systems().forEach(s -> assertThat(s.energy().value()).isNotNull());
        } catch (DecodingException expected) {
            assertThat(expected.field()).isNotBlank();
        }
    }

    /** Mostly valid counts, so decoding goes past the first check often; sometimes not. */
    @Provide
    Arbitrary<Integer> systemCount() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(0, 255));
    }

    @Provide
    Arbitrary<Configuration> configurations() {
        return Arbitraries.integers().between(1, 6).flatMap(count -> Arbitraries.longs().between(0, 0xFFFF_FFFFL)
                .flatMap(serial -> Arbitraries.of(0x1F24, 0x1F25, 0x0000).map(flash -> configuration(count, serial, flash))));
    }

    private static Configuration configuration(int count, long serial, int flash) {
        List<MeterSystem> systems = new ArrayList<>();
        List<FlowChannel> channels = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            if (n <= count) {
                systems.add(new MeterSystem(n, SystemType.values()[(n + count) % 9], List.of(n), List.of(1, 2), List.of(n),
                        2.5f + n, 2 + n % 4));
            }
            channels.add(new FlowChannel(n, 10f * n, 100 - n, 10 * n, 15 + 5 * n));
        }
        List<Integer> commas = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            commas.add(n <= count ? 2 + n % 4 : 0);
        }
        List<Integer> diam78 = List.of(commas.get(0) << 8 | commas.get(1), commas.get(2) << 8 | commas.get(3));
        return new Configuration(count, serial, flash, systems, channels, List.of(1f, 2f), diam78, commas, 0x3F, 0x0F,
                0x03, floats(8), floats(8), floats(6), floats(6), List.of(1, 2, 3, 4, 5, 6));
    }

    private static List<Float> floats(int count) {
        List<Float> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(i * 1.25f);
        }
        return values;
    }

    @Property(tries = 200)
    void configurationRoundTripsThroughTheTimerMemory(@ForAll("configurations") Configuration configuration)
            throws DecodingException {
        TimerMemory memory = TimerMemory.of(new byte[TimerMemory.SIZE]);
        ConfigurationCodec.encode(configuration, memory);
        assertThat(ConfigurationCodec.decode(memory)).isEqualTo(configuration);
    }
}
