package org.castellan.tem106.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.meter.FlashSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveRingTest {
    /** seed §5.2 tables; the 512 KB monthly end is derived from 128 records (erratum 4), not the printed 0007EFFF. */
    @ParameterizedTest(name = "{0} {1}: {2} records at {3}..{4}")
    @CsvSource({
            "KB_512, HOURLY,  864,  00000000, 00050FFF",
            "KB_512, DAILY,   368,  00051000, 000737FF",
            "KB_512, MONTHLY, 128,  00073800, 0007F7FF",
            "MB_1,   HOURLY,  1728, 00000000, 000A1FFF",
            "MB_1,   DAILY,   736,  000A2000, 000E6FFF",
            "MB_1,   MONTHLY, 256,  000E7000, 000FEFFF"})
    void regionsDeriveFromRecordCounts(FlashSize size, ArchiveKind kind, int capacity, String first, String last) {
        ArchiveRing ring = ArchiveRing.of(size, kind);
        assertThat(ring.capacity()).isEqualTo(capacity);
        assertThat(ring.start()).isEqualTo(Long.parseLong(first, 16));
        assertThat(ring.end() - 1).isEqualTo(Long.parseLong(last, 16));
        assertThat(ring.end()).isLessThanOrEqualTo(size.bytes());
    }

    @Test
    void newestRecordIsTheOneBeforeThePointer() throws DecodingException {
        ArchiveRing daily = ArchiveRing.of(FlashSize.KB_512, ArchiveKind.DAILY);
        long pointer = 0x200000L + 0x51000 + 5 * 384;
        assertThat(daily.nextIndex(pointer)).isEqualTo(5);
        assertThat(daily.newestIndex(pointer)).isEqualTo(4);
    }

    @Test
    void pointerAtTheStartOfTheRegionWrapsToItsLastRecord() throws DecodingException {
        ArchiveRing hourly = ArchiveRing.of(FlashSize.MB_1, ArchiveKind.HOURLY);
        assertThat(hourly.newestIndex(0x200000L)).isEqualTo(1727);
        assertThat(hourly.address(1727)).isEqualTo(0xA1E80L);
        assertThat(hourly.address(-1)).isEqualTo(hourly.address(1727));
    }

    @Test
    void pointerWithoutTheOffsetOfNote3IsRejected() {
        ArchiveRing hourly = ArchiveRing.of(FlashSize.KB_512, ArchiveKind.HOURLY);
        assertThatThrownBy(() -> hourly.nextIndex(384))
                .isInstanceOfSatisfying(DecodingException.class, e -> {
                    assertThat(e.field()).isEqualTo("adr_hour");
                    assertThat(e.found()).isEqualTo("0x00000180");
                });
    }

    @Test
    void pointerOffARecordBoundaryOrOutsideTheRingIsRejected() {
        ArchiveRing monthly = ArchiveRing.of(FlashSize.KB_512, ArchiveKind.MONTHLY);
        assertThatThrownBy(() -> monthly.nextIndex(0x200000L + 0x73800 + 100)).isInstanceOf(DecodingException.class);
        assertThatThrownBy(() -> monthly.nextIndex(0x200000L + 0x7F800)).isInstanceOf(DecodingException.class)
                .hasMessageContaining("adr_month");
    }
}
