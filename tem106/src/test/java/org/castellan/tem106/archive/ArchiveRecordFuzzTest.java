package org.castellan.tem106.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.MeterNumbers;
import org.castellan.tem106.codec.SeedVectors;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.tem106.meter.FlashSize;
import org.castellan.tem106.testing.Fuzzing;

/**
 * Fuzzes the archive-record decoder: any bytes decode or fail with a {@link DecodingException}, never another
 * exception; a decoded record encodes back to the same bytes (the bytes the seed leaves undescribed come back as 00)
 * and decodes again to the same record.
 *
 * <p>The input goes to the decoder as it is (any size), then cut or padded with 00 to 384 bytes.
 */
class ArchiveRecordFuzzTest {
    /** Offsets the seed describes no field at (0162..0169, 0170..0174, 0179..017E): ignored, written as 00. */
    static final int[][] UNDESCRIBED = {{0x162, 0x16A}, {0x170, 0x175}, {0x179, 0x17F}};

    @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
    void decode(byte[] input) throws DecodingException {
        checkAnySize(input);
        check(Arrays.copyOf(input, ArchiveRing.RECORD_SIZE));
    }

    /** Bytes of any size: a typed error or a record; the header time alike. */
    static void checkAnySize(byte[] bytes) {
        ArchiveRecordCodec.isErased(bytes);
        try {
            ArchiveRecordCodec.writtenAt(bytes);
        } catch (DecodingException expected) {
            Fuzzing.assertTypedDecodingError(expected);
        }
        try {
            ArchiveRecordCodec.decode(bytes);
            assertThat(bytes).hasSize(ArchiveRing.RECORD_SIZE);
        } catch (DecodingException expected) {
            Fuzzing.assertTypedDecodingError(expected);
        }
    }

    /** 384 bytes: a typed error, or a record that encodes back to the same described bytes and decodes again. */
    static void check(byte[] bytes) throws DecodingException {
        ArchiveRecord record;
        try {
            record = ArchiveRecordCodec.decode(bytes);
        } catch (DecodingException expected) {
            Fuzzing.assertTypedDecodingError(expected);
            return;
        }
        assertThat(record.systems()).hasSize(6);
        assertThat(record.systems()).extracting(SystemArchive::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(ArchiveRecordCodec.writtenAt(bytes)).isEqualTo(record.writtenAt());
        for (SystemArchive system : record.systems()) {
            assertThat(system.energy().value()).isNotNull();
            assertThat(system.mass().value()).isNotNull();
            assertThat(system.volume().value()).isNotNull();
            assertThat(system.errors()).hasSizeLessThanOrEqualTo(8);
        }
        assertThat(record.totalEnergy().value()).isNotNull();
        record.extraVolumes().forEach(v -> assertThat(v.total()).isNotNull());

        byte[] encoded = ArchiveRecordCodec.encode(record);
        assertThat(encoded).isEqualTo(describedOnly(bytes));
        assertSameRecord(ArchiveRecordCodec.decode(encoded), record);
    }

    /**
     * Equal field by field, floats exactly (record equality; AssertJ's recursive comparison would allow 1e-6 and find
     * NaN unequal to itself); of the checksum only the stored byte, since which rule it matches depends on the
     * other bytes.
     */
    static void assertSameRecord(ArchiveRecord actual, ArchiveRecord expected) {
        ArchiveRecord withExpectedChecksumFlags = new ArchiveRecord(actual.writtenAt(), actual.coveredFrom(),
                actual.systems(), actual.totalEnergy(), actual.poweredTime(), actual.temperatures(), actual.pressures(),
                actual.extraVolumes(), new RecordChecksum(actual.checksum().stored(),
                        expected.checksum().notSumMatches(), expected.checksum().sumMatches()));
        assertThat(withExpectedChecksumFlags).isEqualTo(expected);
    }

    /** The record with its undescribed bytes set to 00. */
    static byte[] describedOnly(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int[] range : UNDESCRIBED) {
            Arrays.fill(copy, range[0], range[1], (byte) 0);
        }
        return copy;
    }

    /**
     * The seed corpus (see {@link org.castellan.tem106.testing.FuzzSeeds}): the emulator's newest records, the seed's
     * record header, and that record broken field by field.
     */
    static Map<String, byte[]> seeds() throws DecodingException {
        VirtualMeter meter = new VirtualMeter(MeterProfile.defaults().withHistory(Duration.ofDays(40)),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        for (ArchiveKind kind : ArchiveKind.values()) {
            ArchiveRing ring = ArchiveRing.of(FlashSize.KB_512, kind);
            long address = ring.address(ring.newestIndex(meter.pointer(kind)));
            seeds.put("emulator-" + kind.name().toLowerCase(Locale.ROOT),
                    meter.flash(address, ArchiveRing.RECORD_SIZE));
        }
        byte[] record = new byte[ArchiveRing.RECORD_SIZE];
        System.arraycopy(SeedVectors.RECORD_WRITTEN, 0, record, 0, 4);
        System.arraycopy(SeedVectors.RECORD_COVERED, 0, record, ArchiveRecordCodec.PRED, 4);
        seeds.putAll(Fuzzing.variants("seed-header", record));
        seeds.put("header-only", SeedVectors.RECORD_WRITTEN);
        seeds.put("three-bytes", Arrays.copyOf(SeedVectors.RECORD_WRITTEN, 3));
        seeds.put("written-not-bcd", with(record, 0, 0x0A));
        seeds.put("written-no-date", with(record, 2, 0x13));
        seeds.put("covered-not-bcd", with(record, ArchiveRecordCodec.PRED + 3, 0xF0));
        byte[] nan = record.clone();
        MeterNumbers.putF(nan, ArchiveRecordCodec.LENERGY + 8, Float.NaN);
        seeds.put("lenergy-nan", nan);
        byte[] infinite = record.clone();
        MeterNumbers.putF(infinite, ArchiveRecordCodec.LENERGYALL, Float.POSITIVE_INFINITY);
        seeds.put("lenergyall-infinite", infinite);
        byte[] extra = record.clone();
        MeterNumbers.putF(extra, ArchiveRecordCodec.VOLUME_DOP_H + 4, Float.NaN);
        seeds.put("volume-dop-nan", extra);
        byte[] undescribed = record.clone();
        for (int[] range : UNDESCRIBED) {
            Arrays.fill(undescribed, range[0], range[1], (byte) 0x5A);
        }
        seeds.put("undescribed-bytes-set", ArchiveRecordCodec.sealWithNotSum(undescribed));
        byte[] erased = new byte[ArchiveRing.RECORD_SIZE];
        Arrays.fill(erased, (byte) 0xFF);
        seeds.put("erased", erased);
        seeds.put("garbage", Fuzzing.garbage(6, ArchiveRing.RECORD_SIZE));
        seeds.put("empty", new byte[0]);
        return seeds;
    }

    private static byte[] with(byte[] record, int offset, int value) {
        byte[] copy = record.clone();
        copy[offset] = (byte) value;
        return copy;
    }
}
