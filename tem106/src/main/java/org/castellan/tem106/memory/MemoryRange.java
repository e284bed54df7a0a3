package org.castellan.tem106.memory;

import java.util.List;

/**
 * A span {@code [start, end)} of the 2K timer memory that is read as a whole, in requests of at most 64 bytes.
 *
 * <p>The ranges of one group are disjoint from those of the others, so a session that reads the configuration once
 * and the current values on demand never asks for the same byte twice.
 */
public record MemoryRange(int start, int end) {
    /** What {@code readConfiguration} reads: settings that do not change while the meter runs (seed §5.1, §6.1). */
    public static final List<MemoryRange> CONFIGURATION = List.of(
            new MemoryRange(0x0000, 0x0173),   // systems … net_num
            new MemoryRange(0x02EE, 0x0300),   // diam, diam78 / comma (erratum 2: both at 02FA)
            new MemoryRange(0x0488, 0x04C4));  // rshm, g_pcmt_min

    /** What {@code readCurrent} reads: measurements, integrators and the clock (seed §6.2). */
    public static final List<MemoryRange> CURRENT = List.of(
            new MemoryRange(0x0200, 0x02E8),   // t_n … freqan_v
            new MemoryRange(0x0300, 0x0398),   // lvolume … energyall
            new MemoryRange(0x0400, 0x0488),   // time_wrkall … rtc_yc_2k
            new MemoryRange(0x04DC, 0x04EC));  // lvolume_78, volume_78

    /**
     * The next-record pointers (seed §5.1 note 3): an archive read starts by reading its own one (4 bytes), fresh
     * for each walk.
     */
    public static final List<MemoryRange> POINTERS = List.of(new MemoryRange(0x04F4, 0x0500));

    public MemoryRange {
        if (start < 0 || end > TimerMemory.SIZE || start >= end) {
            throw new IllegalArgumentException("memory range must lie within 0..2048 and not be empty: " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int address, int size) {
        return address >= start && address + size <= end;
    }
}
