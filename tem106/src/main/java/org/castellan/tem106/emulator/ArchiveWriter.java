package org.castellan.tem106.emulator;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.archive.ArchiveRing;
import org.castellan.tem106.meter.FlashSize;

/**
 * The emulated Flash: erased ({@code FF}) at first, three rings that each write their next record at their pointer
 * and wrap at the end of their region (seed TEM-106 §5.2, erratum 4). Not thread-safe.
 */
final class ArchiveWriter {
    private final byte[] flash;
    private final Map<ArchiveKind, ArchiveRing> rings = new EnumMap<>(ArchiveKind.class);
    private final Map<ArchiveKind, Integer> next = new EnumMap<>(ArchiveKind.class);

    ArchiveWriter(FlashSize size) {
        flash = new byte[size.bytes()];
        Arrays.fill(flash, (byte) 0xFF);
        for (ArchiveKind kind : ArchiveKind.values()) {
            rings.put(kind, ArchiveRing.of(size, kind));
            next.put(kind, 0);
        }
    }

    void write(ArchiveKind kind, byte[] record) {
        ArchiveRing ring = rings.get(kind);
        int index = next.get(kind);
        System.arraycopy(record, 0, flash, (int) ring.address(index), record.length);
        next.put(kind, (index + 1) % ring.capacity());
    }

    /** The value of {@code adr_hour} / {@code adr_day} / {@code adr_month}: 0x200000 + the next record's address. */
    long pointer(ArchiveKind kind) {
        return rings.get(kind).pointer(next.get(kind));
    }

    /** A copy of Flash bytes, or null when the range lies outside the chip. */
    byte[] read(long start, int length) {
        if (start < 0 || start + length > flash.length) {
            return null;
        }
        return Arrays.copyOfRange(flash, (int) start, (int) start + length);
    }
}
