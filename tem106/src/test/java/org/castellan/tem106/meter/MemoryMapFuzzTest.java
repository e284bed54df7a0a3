package org.castellan.tem106.meter;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.archive.ArchiveRing;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.Reply;
import org.castellan.tem106.codec.Request;
import org.castellan.tem106.codec.Request.ReadTimerMemory;
import org.castellan.tem106.codec.SeedVectors;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.tem106.memory.TimerMemory;
import org.castellan.tem106.memory.TimerMemoryField;
import org.castellan.tem106.testing.Fuzzing;

/**
 * Fuzzes the memory-map decoders with whole timer-memory images: the configuration and then the current values
 * decode or fail with a {@link DecodingException}, never another exception; a decoded configuration written into a
 * blank image reads back equal; every decoded figure can be summed.
 *
 * <p>The input is the image from address 0000: a shorter one is padded with 00, a longer one cut at 2048 bytes.
 */
class MemoryMapFuzzTest {
    @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
    void decodeImage(byte[] input) throws DecodingException {
        check(Arrays.copyOf(input, TimerMemory.SIZE));
    }

    static void check(byte[] image) throws DecodingException {
        TimerMemory memory = TimerMemory.of(image);
        Configuration configuration;
        try {
            configuration = ConfigurationCodec.decode(memory);
        } catch (DecodingException expected) {
            Fuzzing.assertTypedDecodingError(expected);
            return;
        }
        TimerMemory blank = TimerMemory.of(new byte[TimerMemory.SIZE]);
        ConfigurationCodec.encode(configuration, blank);
        assertThat(ConfigurationCodec.decode(blank)).isEqualTo(configuration);
        configuration.flowChannels().forEach(c -> {
            assertThat(c.gMaxSet()).isNotNull();
            assertThat(c.gMinSet()).isNotNull();
        });
        if (configuration.flashSize().isPresent()) {
            for (ArchiveKind kind : ArchiveKind.values()) {
                ArchiveRing ring = ArchiveRing.of(configuration.flashSize().get(), kind);
                try {
                    assertThat(ring.newestIndex(memory.l(kind.pointer(), 0))).isBetween(0, ring.capacity() - 1);
                } catch (DecodingException expected) {
                    Fuzzing.assertTypedDecodingError(expected);
                }
            }
        }

        CurrentValues values;
        try {
            values = CurrentValuesCodec.decode(memory, configuration);
        } catch (DecodingException expected) {
            Fuzzing.assertTypedDecodingError(expected);
            return;
        }
        assertThat(values.systems()).hasSize(configuration.systems().size());
        List<Integrator> integrators = new ArrayList<>();
        for (SystemReadings system : values.systems()) {
            assertThat(system.energy().value()).isNotNull();
            integrators.addAll(List.of(system.energy(), system.mass(), system.volume()));
        }
        integrators.add(values.totalEnergy());
        integrators.addAll(values.extraVolumes());
        integrators.forEach(i -> assertThat(i.value()).isNotNull());
    }

    /**
     * The seed corpus (see {@link org.castellan.tem106.testing.FuzzSeeds}): the emulator's images, a hand-written one,
     * and that one broken field by field.
     */
    static Map<String, byte[]> seeds() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("emulator-default", emulatorImage(MeterProfile.defaults()));
        seeds.put("emulator-six-systems", emulatorImage(MeterProfile.defaults().withSystems(List.of(SystemType.SUPPLY,
                SystemType.RETURN, SystemType.OPEN_TWO_PIPE, SystemType.MAIN, SystemType.HOT_WATER_DEAD_END,
                SystemType.TEMPERATURE)).withSerialNumber(0xFFFF_FFFFL)));
        byte[] twoSystems = twoSystems();
        seeds.putAll(Fuzzing.variants("two-systems", twoSystems));
        seeds.put("systems-0", with(twoSystems, m -> m.putC(TimerMemoryField.SYSTEMS, 0, 0)));
        seeds.put("systems-7", with(twoSystems, m -> m.putC(TimerMemoryField.SYSTEMS, 0, 7)));
        seeds.put("system-type-03", with(twoSystems, m -> m.putC(TimerMemoryField.SYSTEM_T, 1, 0x03)));
        seeds.put("gmax-nan", with(twoSystems, m -> m.putF(TimerMemoryField.G_MAX, 5, Float.NaN)));
        seeds.put("lenergy-infinite",
                with(twoSystems, m -> m.putF(TimerMemoryField.LENERGY, 1, Float.NEGATIVE_INFINITY)));
        seeds.put("lvolume78-nan", with(twoSystems, m -> m.putF(TimerMemoryField.LVOLUME_78, 1, Float.NaN)));
        seeds.put("clock-not-bcd",
                with(twoSystems, m -> m.load(TimerMemoryField.RTC_MM_2K.address(), new byte[] {0x5A})));
        seeds.put("clock-no-date", with(twoSystems, m -> m.putBcd(TimerMemoryField.RTC_DM_2K, 31)));
        seeds.put("pointers-off-boundary", with(twoSystems, m -> {
            m.putI(TimerMemoryField.FLASH_TYPE, 0, 0x1F25);
            m.putL(TimerMemoryField.ADR_HOUR, 0, ArchiveRing.POINTER_BASE + 1);
            m.putL(TimerMemoryField.ADR_DAY, 0, 0);
            m.putL(TimerMemoryField.ADR_MONTH, 0, 0xFFFF_FFFFL);
        }));
        seeds.put("blank", new byte[TimerMemory.SIZE]);
        byte[] erased = new byte[TimerMemory.SIZE];
        Arrays.fill(erased, (byte) 0xFF);
        seeds.put("erased", erased);
        return seeds;
    }

    /** The image the emulator serves, read 64 bytes at a time as the reader would. */
    private static byte[] emulatorImage(MeterProfile profile) {
        VirtualMeter meter =
                new VirtualMeter(profile, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        byte[] image = new byte[TimerMemory.SIZE];
        for (int start = 0; start < image.length; start += Request.MAX_READ) {
            Reply reply = meter.answer(new ReadTimerMemory(profile.address(), start, Request.MAX_READ)).orElseThrow();
            System.arraycopy(reply.data(), 0, image, start, Request.MAX_READ);
        }
        return image;
    }

    /** Two systems as {@code ConfigurationCodecTest} has them, the seed's clock, integrators filled in. */
    private static byte[] twoSystems() {
        TimerMemory memory = TimerMemory.of(new byte[TimerMemory.SIZE]);
        memory.putC(TimerMemoryField.SYSTEMS, 0, 2);
        memory.putC(TimerMemoryField.SYSTEM_T, 0, 0x02);
        memory.putC(TimerMemoryField.SYSTEM_T, 1, 0x08);
        memory.putC(TimerMemoryField.SYS_G, 0, 0x05);
        memory.putC(TimerMemoryField.SYS_G, 1, 0x02);
        memory.putC(TimerMemoryField.SYS_T, 0, 0x03);
        memory.putC(TimerMemoryField.SYS_P, 0, 0x01);
        memory.putF(TimerMemoryField.DT_MIN, 0, 3.0f);
        memory.putF(TimerMemoryField.G_MAX, 0, 36.0f);
        memory.putC(TimerMemoryField.G_PCMT_MAX, 0, 80);
        memory.putC(TimerMemoryField.G_PCMT_MIN, 0, 40);
        memory.putI(TimerMemoryField.DIAM, 0, 50);
        memory.putL(TimerMemoryField.NUMBER, 0, 21827345L);
        memory.putI(TimerMemoryField.FLASH_TYPE, 0, 0x1F25);
        memory.putC(TimerMemoryField.NET_NUM, 0, 7);
        memory.putC(TimerMemoryField.COMMA, 0, 3);
        memory.putC(TimerMemoryField.COMMA, 1, 6);
        memory.putL(TimerMemoryField.ENERGY, 1, 123456789L);
        memory.putF(TimerMemoryField.LENERGY, 1, 0.25f);
        memory.putL(TimerMemoryField.VOLUME_78, 1, 1000L);
        memory.putF(TimerMemoryField.LVOLUME_78, 1, 0.5f);
        memory.putL(TimerMemoryField.ADR_HOUR, 0, ArchiveRing.POINTER_BASE + 384);
        memory.load(TimerMemoryField.RTC_SS_2K.address(), SeedVectors.CLOCK_2016_03_02);
        return memory.slice(0, TimerMemory.SIZE);
    }

    private static byte[] with(byte[] image, Consumer<TimerMemory> change) {
        TimerMemory memory = TimerMemory.of(image);
        change.accept(memory);
        return memory.slice(0, TimerMemory.SIZE);
    }
}
