package org.castellan.tem106.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.tem106.testing.RandomCases.between;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.castellan.tem106.memory.TimerMemory;
import org.castellan.tem106.memory.TimerMemoryField;
import org.castellan.tem106.testing.RandomCases;
import org.junit.jupiter.api.Test;

/**
 * The memory-map decoders on random and on mutated images, and the configuration round-tripped through the timer
 * memory, over seeded random cases ({@link RandomCases}). The image check is {@link MemoryMapFuzzTest}'s, which the
 * build also fuzzes.
 */
class MemoryMapPropertiesTest {
    /** Valid images to mutate: decoding gets past the first checks often. */
    private static final List<byte[]> VALID = Stream.of("two-systems", "emulator-default", "emulator-six-systems")
            .map(MemoryMapFuzzTest.seeds()::get).toList();

    /** Mostly valid counts, so decoding goes past the first check often; sometimes not. */
    static int systemCount(SplittableRandom random) {
        return random.nextInt(3) < 2 ? between(random, 1, 6) : between(random, 0, 255);
    }

    @Test
    void randomImagesDecodeOrFailWithADecodingError() {
        RandomCases.check(2_000, r -> {
            byte[] image = RandomCases.bytes(r, TimerMemory.SIZE);
            image[TimerMemoryField.SYSTEMS.address()] = (byte) systemCount(r);
            return image;
        }, MemoryMapFuzzTest::check);
    }

    @Test
    void validImagesWithBytesChangedDecodeOrFailWithADecodingError() {
        RandomCases.check(2_000, r -> {
            byte[] image = VALID.get(r.nextInt(VALID.size())).clone();
            for (int n = between(r, 1, 32); n > 0; n--) {
                image[r.nextInt(TimerMemory.SIZE)] = (byte) r.nextInt(256);
            }
            if (r.nextBoolean()) {
                image[TimerMemoryField.SYSTEMS.address()] = (byte) systemCount(r);
            }
            return image;
        }, MemoryMapFuzzTest::check);
    }

    @Test
    void configurationRoundTripsThroughTheTimerMemory() {
        RandomCases.check(2_000, r -> r.nextInt(4) == 0 ? configuration(between(r, 1, 6),
                between(r, 0L, 0xFFFF_FFFFL), RandomCases.oneOf(r, 0x1F24, 0x1F25, 0x0000)) : configuration(r), c -> {
                    TimerMemory memory = TimerMemory.of(new byte[TimerMemory.SIZE]);
                    ConfigurationCodec.encode(c, memory);
                    assertThat(ConfigurationCodec.decode(memory)).isEqualTo(c);
                });
    }

    /** Any configuration the meter can hold: every field over its whole range, floats NaN too where allowed. */
    static Configuration configuration(SplittableRandom r) {
        List<Integer> commas = ints(r, 6, 255);
        List<MeterSystem> systems = new ArrayList<>();
        for (int n = 1, count = between(r, 1, 6); n <= count; n++) {
            systems.add(new MeterSystem(n, RandomCases.oneOf(r, SystemType.values()),
                    MeterSystem.channels(between(r, 0, 255)), MeterSystem.channels(between(r, 0, 255)),
                    MeterSystem.channels(between(r, 0, 255)), RandomCases.anyFloat(r), commas.get(n - 1)));
        }
        List<FlowChannel> channels = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            channels.add(new FlowChannel(n, RandomCases.finiteFloat(r), between(r, 0, 255), between(r, 0, 255),
                    between(r, 0, 0xFFFF)));
        }
        List<Integer> diam78 = List.of(commas.get(0) << 8 | commas.get(1), commas.get(2) << 8 | commas.get(3));
        return new Configuration(between(r, 0, 255), between(r, 0L, 0xFFFF_FFFFL), between(r, 0, 0xFFFF), systems,
                channels, floats(r, 2), diam78, commas, between(r, 0, 255), between(r, 0, 255), between(r, 0, 255),
                floats(r, 8), floats(r, 8), floats(r, 6), floats(r, 6), ints(r, 6, 255));
    }

    /** The family the first version of this property drew from: a count, a serial and a Flash type, the rest fixed. */
    private static Configuration configuration(int count, long serial, int flash) {
        List<MeterSystem> systems = new ArrayList<>();
        List<FlowChannel> channels = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            if (n <= count) {
                systems.add(new MeterSystem(n, SystemType.values()[(n + count) % 9], List.of(n), List.of(1, 2),
                        List.of(n), 2.5f + n, 2 + n % 4));
            }
            channels.add(new FlowChannel(n, 10f * n, 100 - n, 10 * n, 15 + 5 * n));
        }
        List<Integer> commas = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            commas.add(n <= count ? 2 + n % 4 : 0);
        }
        List<Integer> diam78 = List.of(commas.get(0) << 8 | commas.get(1), commas.get(2) << 8 | commas.get(3));
        return new Configuration(count, serial, flash, systems, channels, List.of(1f, 2f), diam78, commas, 0x3F, 0x0F,
                0x03, steps(8), steps(8), steps(6), steps(6), List.of(1, 2, 3, 4, 5, 6));
    }

    private static List<Float> steps(int count) {
        List<Float> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(i * 1.25f);
        }
        return values;
    }

    private static List<Float> floats(SplittableRandom r, int count) {
        List<Float> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(RandomCases.anyFloat(r));
        }
        return values;
    }

    private static List<Integer> ints(SplittableRandom r, int count, int max) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(between(r, 0, max));
        }
        return values;
    }
}
