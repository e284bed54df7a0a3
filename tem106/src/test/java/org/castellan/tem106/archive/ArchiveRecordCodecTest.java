package org.castellan.tem106.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import org.castellan.tem106.codec.Checksum;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.MeterNumbers;
import org.castellan.tem106.codec.SeedVectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArchiveRecordCodecTest {
    private byte[] bytes;

    /** A record with the seed's timestamps (§6.3.1, §6.3.2) and zeros elsewhere. */
    @BeforeEach
    void seedRecord() {
        bytes = new byte[384];
        System.arraycopy(SeedVectors.RECORD_WRITTEN, 0, bytes, 0, 4);
        System.arraycopy(SeedVectors.RECORD_COVERED, 0, bytes, 0x175, 4);
    }

    @Test
    void bothTimestampsAreTheSeedExamples() throws DecodingException {
        ArchiveRecord record = ArchiveRecordCodec.decode(bytes);
        assertThat(record.writtenAt()).isEqualTo(LocalDateTime.of(2015, 3, 20, 8, 0));
        assertThat(record.coveredFrom()).isEqualTo(LocalDateTime.of(2015, 3, 20, 7, 0));
        assertThat(ArchiveRecordCodec.writtenAt(bytes)).isEqualTo(record.writtenAt());
    }

    @Test
    void integratorsUseTheRecordsOwnCommaAt0118() throws DecodingException {
        MeterNumbers.putC(bytes, 0x118 + 1, 5);          // system 2: kQ 10000, kV 1000 (erratum 6)
        MeterNumbers.putL(bytes, 0x7C + 4, 123456789L);  // energy[1]
        MeterNumbers.putF(bytes, 0x64 + 4, 0.25f);       // lenergy[1]
        MeterNumbers.putL(bytes, 0x1C + 4, 1000L);       // volume[1]
        SystemArchive system = ArchiveRecordCodec.decode(bytes).system(2);
        assertThat(system.comma()).isEqualTo(5);
        assertThat(system.energy().value()).isEqualByComparingTo(new BigDecimal("12345.678925"));
        assertThat(system.volume().value()).isEqualByComparingTo(new BigDecimal("1"));
    }

    @Test
    void errorBitsAreDecodedPerSystem() throws DecodingException {
        bytes[0x16A + 3] = (byte) 0b1001_0001;
        assertThat(ArchiveRecordCodec.decode(bytes).system(4).errors()).containsExactly(SystemError.G1_BELOW_MIN,
                SystemError.DELTA_T_BELOW_MIN, SystemError.POWER_OFF);
        assertThat(SystemError.decode(0xFF)).hasSize(8);
    }

    @Test
    void timeIntegratorsAreUnsignedSeconds() throws DecodingException {
        MeterNumbers.putL(bytes, 0x9C, 0xFFFF_FFFFL);
        MeterNumbers.putL(bytes, 0xE8 + 20, 90);   // time_e3[5]
        ArchiveRecord record = ArchiveRecordCodec.decode(bytes);
        assertThat(record.poweredTime()).isEqualTo(Duration.ofSeconds(4294967295L));
        assertThat(record.system(6).times().deltaTBelowMin()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void extraVolumesAreVolumes() throws DecodingException {
        MeterNumbers.putF(bytes, 0x15A, 1000f);  // volume_dop_h[0], m³ (erratum 5)
        MeterNumbers.putF(bytes, 0x152, 0.5f);   // volume_dop_l[0]
        assertThat(ArchiveRecordCodec.decode(bytes).extraVolumes().getFirst().total())
                .isEqualByComparingTo(new BigDecimal("1000.5"));
    }

    @Test
    void checksumIsReportedNotEnforced() throws DecodingException {
        bytes[0x17F] = 0x42;
        RecordChecksum wrong = ArchiveRecordCodec.decode(bytes).checksum();
        assertThat(wrong).isEqualTo(new RecordChecksum(0x42, false, false));

        ArchiveRecordCodec.sealWithNotSum(bytes);
        assertThat(ArchiveRecordCodec.decode(bytes).checksum().notSumMatches()).isTrue();

        bytes[0x17F] = (byte) Checksum.sum(bytes, 0, 0x17F);
        assertThat(ArchiveRecordCodec.decode(bytes).checksum().sumMatches()).isTrue();
    }

    @Test
    void erasedFlashIsRecognisedByItsHeader() {
        assertThat(ArchiveRecordCodec.isErased(SeedVectors.hex("FF FF FF FF 00"))).isTrue();
        assertThat(ArchiveRecordCodec.isErased(bytes)).isFalse();
    }

    @Test
    void headerThatIsNotBcdNamesItsField() {
        bytes[2] = 0x1F;
        assertThatThrownBy(() -> ArchiveRecordCodec.decode(bytes))
                .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("month: expected two BCD digits, found 0x1F"));
    }

    @Test
    void coveredDateThatIsNoDateIsNamed() {
        bytes[0x176] = 0x32;   // 32nd of March
        assertThatThrownBy(() -> ArchiveRecordCodec.decode(bytes))
                .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.field()).startsWith("pred_hh"));
    }

    @Test
    void headerCutShortIsADecodingErrorNotAnIndexError() {
        assertThatThrownBy(() -> ArchiveRecordCodec.writtenAt(new byte[] {0x08, 0x20, 0x03}))
                .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("hour day month year: expected 4 bytes from offset 0, found 3 bytes in all"));
    }

    @Test
    void wrongSizeIsNamed() {
        assertThatThrownBy(() -> ArchiveRecordCodec.decode(new byte[383]))
                .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("record size: expected 384 bytes, found 383 bytes"));
    }
}
