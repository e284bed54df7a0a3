package org.castellan.tem106.archive;

import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.meter.FlashSize;

/**
 * One archive ring in Flash: {@code capacity} records of 384 bytes from {@code start} (seed TEM-106 §5.2).
 *
 * <p>Regions are derived from record counts, one after another from address 0 (erratum 4: the printed 512 KB
 * monthly end {@code 0007EFFF} is short of 128 records; the counts agree with every other row). The meter's pointer
 * names the record written next; the newest record is the one before it, wrapping inside the region.
 *
 * @param kind     which archive
 * @param start    Flash address of record 0
 * @param capacity records in the ring
 */
public record ArchiveRing(ArchiveKind kind, long start, int capacity) {
    /** Bytes of one record. */
    public static final int RECORD_SIZE = 384;
    /** What the meter adds to a Flash address in {@code adr_hour}, {@code adr_day}, {@code adr_month} (§5.1 note 3). */
    public static final long POINTER_BASE = 0x200000L;

    /** The ring of {@code kind} in a Flash of {@code size}. */
    public static ArchiveRing of(FlashSize size, ArchiveKind kind) {
        long hourlyEnd = (long) size.hourlyRecords() * RECORD_SIZE;
        long dailyEnd = hourlyEnd + (long) size.dailyRecords() * RECORD_SIZE;
        return switch (kind) {
            case HOURLY -> new ArchiveRing(kind, 0, size.hourlyRecords());
            case DAILY -> new ArchiveRing(kind, hourlyEnd, size.dailyRecords());
            case MONTHLY -> new ArchiveRing(kind, dailyEnd, size.monthlyRecords());
        };
    }

    /** First address past the ring. */
    public long end() {
        return start + (long) capacity * RECORD_SIZE;
    }

    /** Flash address of record {@code index}, taken modulo the capacity (so -1 is the last record). */
    public long address(int index) {
        return start + (long) Math.floorMod(index, capacity) * RECORD_SIZE;
    }

    /** The pointer value the meter stores for record {@code index} being the next to write. */
    public long pointer(int index) {
        return POINTER_BASE + address(index);
    }

    /**
     * The index of the record written next, from the pointer as read.
     *
     * @throws DecodingException when {@code pointer − 0x200000} is not a record boundary inside this ring
     */
    public int nextIndex(long pointer) throws DecodingException {
        long address = pointer - POINTER_BASE;
        if (address < start || address >= end() || (address - start) % RECORD_SIZE != 0) {
            throw new DecodingException(kind.pointer().seedName(),
                    String.format("0x200000 + a 384-byte record boundary in 0x%08X..0x%08X", start, end() - 1),
                    String.format("0x%08X", pointer));
        }
        return (int) ((address - start) / RECORD_SIZE);
    }

    /** The index of the newest record: the one before the pointer, wrapping (tem106.md "Values"). */
    public int newestIndex(long pointer) throws DecodingException {
        return Math.floorMod(nextIndex(pointer) - 1, capacity);
    }
}
