package org.castellan.tem106.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.castellan.tem106.codec.Request;
import org.junit.jupiter.api.Test;

class TimerMemoryMapTest {
    /** Fields of seed §5.1 that are settings (§6.1); the rest are measurements (§6.2) and pointers. */
    private static final Set<TimerMemoryField> CONFIGURATION_FIELDS = EnumSet.of(TimerMemoryField.SYSTEMS,
            TimerMemoryField.SYSTEM_T, TimerMemoryField.SYS_G, TimerMemoryField.SYS_T, TimerMemoryField.SYS_P,
            TimerMemoryField.USED_G, TimerMemoryField.USED_T, TimerMemoryField.USED_P, TimerMemoryField.T_P,
            TimerMemoryField.DT_MIN, TimerMemoryField.P_P, TimerMemoryField.WEIGHT, TimerMemoryField.G_MAX78,
            TimerMemoryField.F_MAX, TimerMemoryField.G_MAX, TimerMemoryField.G_PCMT_MAX, TimerMemoryField.NUMBER,
            TimerMemoryField.FLASH_TYPE, TimerMemoryField.NET_NUM, TimerMemoryField.DIAM, TimerMemoryField.DIAM78,
            TimerMemoryField.COMMA, TimerMemoryField.RSHM, TimerMemoryField.G_PCMT_MIN);

    @Test
    void fieldsDoNotOverlapExceptTheDiam78CommaPairOfErratum2() {
        for (TimerMemoryField a : TimerMemoryField.values()) {
            for (TimerMemoryField b : TimerMemoryField.values()) {
                boolean overlap = a != b && a.address() < b.address() + b.size() && b.address() < a.address() + a.size();
                boolean erratum2 = EnumSet.of(a, b).equals(EnumSet.of(TimerMemoryField.DIAM78, TimerMemoryField.COMMA));
                assertThat(overlap && !erratum2).as("%s overlaps %s", a, b).isFalse();
            }
        }
    }

    @Test
    void seedAddressesOfSpotCheckedFields() {
        assertThat(TimerMemoryField.COMMA.address()).isEqualTo(0x02FA);
        assertThat(TimerMemoryField.DIAM78.address()).isEqualTo(0x02FA);
        assertThat(TimerMemoryField.G_PCMT_MIN.address()).isEqualTo(0x04BE);
        assertThat(TimerMemoryField.FLASH_TYPE.address()).isEqualTo(0x0168);
        assertThat(TimerMemoryField.RTC_YC_2K.address()).isEqualTo(0x0487);
        assertThat(TimerMemoryField.ADR_MONTH.address(0)).isEqualTo(0x04FC);
        assertThat(TimerMemoryField.TIME_E4.address(5)).isEqualTo(0x0464 + 5 * 4);
    }

    @Test
    void everyFieldLiesInTheRangesOfItsGroup() {
        for (TimerMemoryField field : TimerMemoryField.values()) {
            List<MemoryRange> ranges = CONFIGURATION_FIELDS.contains(field) ? MemoryRange.CONFIGURATION
                    : field.seedName().startsWith("adr_") ? MemoryRange.POINTERS : MemoryRange.CURRENT;
            assertThat(ranges).as(field.seedName()).anyMatch(r -> r.contains(field.address(), field.size()));
        }
    }

    @Test
    void groupsNeverShareAByte() {
        List<List<MemoryRange>> groups = List.of(MemoryRange.CONFIGURATION, MemoryRange.CURRENT, MemoryRange.POINTERS);
        for (int g = 0; g < groups.size(); g++) {
            for (int h = g + 1; h < groups.size(); h++) {
                for (MemoryRange a : groups.get(g)) {
                    for (MemoryRange b : groups.get(h)) {
                        assertThat(a.end() <= b.start() || b.end() <= a.start()).as("%s vs %s", a, b).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void configurationTakesEightReadsAndCurrentValuesEleven() {
        assertThat(requests(MemoryRange.CONFIGURATION)).isEqualTo(8);
        assertThat(requests(MemoryRange.CURRENT)).isEqualTo(11);
    }

    @Test
    void readingBytesThatWereNotLoadedIsAProgrammingError() {
        TimerMemory memory = new TimerMemory();
        memory.load(0, new byte[] {3});
        assertThat(memory.c(TimerMemoryField.SYSTEMS, 0)).isEqualTo(3);
        assertThatThrownBy(() -> memory.c(TimerMemoryField.SYSTEM_T, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void accessWithTheWrongTypeIsAProgrammingError() {
        TimerMemory memory = TimerMemory.of(new byte[TimerMemory.SIZE]);
        assertThatThrownBy(() -> memory.f(TimerMemoryField.SYSTEMS, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("systems is of type C");
    }

    private static int requests(List<MemoryRange> ranges) {
        return ranges.stream().mapToInt(r -> (r.length() + Request.MAX_READ - 1) / Request.MAX_READ).sum();
    }
}
