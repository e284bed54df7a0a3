package org.castellan.tem106.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.tem106.testing.RandomCases.between;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.castellan.tem106.archive.ArchiveRecord.ExtraVolume;
import org.castellan.tem106.meter.CommaTable;
import org.castellan.tem106.meter.Integrator;
import org.castellan.tem106.meter.SystemTimes;
import org.castellan.tem106.testing.RandomCases;
import org.junit.jupiter.api.Test;

/**
 * Archive records round-tripped, and the record decoder on random bytes and on records with one byte changed, over
 * seeded random cases ({@link RandomCases}). The decoder check is {@link ArchiveRecordFuzzTest}'s, which the build
 * also fuzzes.
 */
class ArchiveRecordPropertiesTest {
    private static final int CASES = 3_000;

    /** Any hour the meter can write: 2000-01-01 00:00 and the 99 years after it. */
    static LocalDateTime hour(SplittableRandom r) {
        return LocalDateTime.of(2000, 1, 1, 0, 0).plusHours(between(r, 0L, 99L * 365 * 24));
    }

    /** An integrator: any unsigned 32-bit integer part; a fraction of 0..1 with 6 decimals, or any finite float. */
    static Integrator integrator(SplittableRandom r, int comma, CommaTable table) {
        float fraction = r.nextInt(4) == 0 ? RandomCases.finiteFloat(r) : RandomCases.fraction(r, 6);
        return new Integrator(between(r, 0L, 0xFFFF_FFFFL), fraction, comma, table);
    }

    static SystemArchive system(SplittableRandom r, int number) {
        int comma = between(r, 0, 255);
        long[] seconds = new long[5];
        for (int k = 0; k < seconds.length; k++) {
            seconds[k] = between(r, 0L, 0xFFFF_FFFFL);
        }
        return new SystemArchive(number, comma, integrator(r, comma, CommaTable.ENERGY),
                integrator(r, comma, CommaTable.MASS_VOLUME), integrator(r, comma, CommaTable.MASS_VOLUME),
                SystemTimes.ofSeconds(seconds), between(r, 0, 255));
    }

    /** Any record: every field over its whole range; temperatures and pressures may be NaN or infinite. */
    static ArchiveRecord record(SplittableRandom r) {
        List<SystemArchive> systems = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            systems.add(system(r, n));
        }
        List<Float> temperatures = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            temperatures.add(RandomCases.anyFloat(r));
        }
        List<Float> pressures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pressures.add(RandomCases.anyFloat(r));
        }
        List<ExtraVolume> extra = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            extra.add(r.nextBoolean() ? new ExtraVolume(RandomCases.floatBetween(r, 0, 1e6f),
                    RandomCases.floatBetween(r, 0, 1e6f))
                    : new ExtraVolume(RandomCases.finiteFloat(r), RandomCases.finiteFloat(r)));
        }
        Integrator total = integrator(r, systems.getFirst().comma(), CommaTable.ENERGY);
        return new ArchiveRecord(hour(r), hour(r), systems, total, Duration.ofSeconds(between(r, 0L, 0xFFFF_FFFFL)),
                temperatures, pressures, extra, new RecordChecksum(between(r, 0, 255), false, false));
    }

    @Test
    void everyRecordRoundTrips() {
        RandomCases.check(CASES, ArchiveRecordPropertiesTest::record, record -> {
            byte[] bytes = ArchiveRecordCodec.encode(record);
            ArchiveRecord decoded = ArchiveRecordCodec.decode(bytes);
            ArchiveRecordFuzzTest.assertSameRecord(decoded, record);
            assertThat(ArchiveRecordCodec.encode(decoded)).isEqualTo(bytes);
            ArchiveRecordFuzzTest.check(bytes);
        });
    }

    @Test
    void randomBytesDecodeOrFailWithADecodingError() {
        RandomCases.check(CASES, r -> RandomCases.bytes(r, ArchiveRing.RECORD_SIZE), ArchiveRecordFuzzTest::check);
    }

    @Test
    void plausibleRecordsWithOneByteChangedDecodeOrFailWithADecodingError() {
        RandomCases.check(CASES, r -> {
            byte[] bytes = ArchiveRecordCodec.encode(record(r));
            bytes[between(r, 0, ArchiveRing.RECORD_SIZE - 1)] = (byte) r.nextInt(256);
            return bytes;
        }, ArchiveRecordFuzzTest::check);
    }

    @Test
    void bytesOfAnySizeDecodeOrFailWithADecodingError() {
        RandomCases.check(CASES, r -> RandomCases.bytes(r, 0, 2 * ArchiveRing.RECORD_SIZE),
                ArchiveRecordFuzzTest::checkAnySize);
    }
}
