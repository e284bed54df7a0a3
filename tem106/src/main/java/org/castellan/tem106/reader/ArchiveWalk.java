package org.castellan.tem106.reader;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.archive.ArchiveRecordCodec;
import org.castellan.tem106.archive.ArchiveRing;
import org.castellan.tem106.codec.Request;

/**
 * Walks one archive ring backwards from its newest record ({@code k = 0}), reading each record in 64-byte pieces:
 * the first piece holds the header (written-at time, or erased Flash), which decides whether the other five are
 * needed. First pieces are kept, so no piece is read twice. Not thread-safe.
 *
 * <p>For a time window that ends well before the newest record, the walk first guesses where the window ends from
 * the ring's period (an hourly ring holds one record per hour unless the meter was off), checks that guess with one
 * header and corrects it by stepping, so a day a month back costs a handful of header reads rather than one per
 * skipped record.
 */
final class ArchiveWalk {
    private static final int PIECES = ArchiveRing.RECORD_SIZE / Request.MAX_READ;

    private final MeterReader reader;
    private final ArchiveRing ring;
    private final int newest;
    private final Map<Integer, byte[]> firstPieces = new HashMap<>();

    ArchiveWalk(MeterReader reader, ArchiveRing ring, int newest) {
        this.reader = reader;
        this.ring = ring;
        this.newest = newest;
    }

    List<RawRecord> latest(int count) throws Tem106Exception {
        List<RawRecord> records = new ArrayList<>();
        for (int k = 0; k < Math.min(count, ring.capacity()) && !erased(k); k++) {
            records.add(record(k));
        }
        Collections.reverse(records);
        return records;
    }

    List<RawRecord> between(LocalDateTime from, LocalDateTime to) throws Tem106Exception {
        List<RawRecord> records = new ArrayList<>();
        for (int k = newestNotAfter(to); k < ring.capacity() && !erased(k); k++) {
            LocalDateTime writtenAt = writtenAt(k);
            if (writtenAt.isBefore(from)) {
                break;
            }
            if (!writtenAt.isAfter(to)) {
                records.add(record(k));
            }
        }
        Collections.reverse(records);
        return records;
    }

    /** The smallest k written at or before {@code to}, or where the linear walk should start when unsure. */
    private int newestNotAfter(LocalDateTime to) throws Tem106Exception {
        if (erased(0) || !writtenAt(0).isAfter(to)) {
            return 0;
        }
        int guess = (int) Math.min(periods(to, writtenAt(0)), ring.capacity() - 1L);
        if (guess < 2 || erased(guess)) {
            return 1;  // near the top, or the ring is not full that far back: walk
        }
        int k = guess;
        if (writtenAt(k).isAfter(to)) {
            while (k + 1 < ring.capacity() && !erased(k + 1) && writtenAt(k).isAfter(to)) {
                k++;
            }
            return k;
        }
        while (k > 1 && !writtenAt(k - 1).isAfter(to)) {
            k--;
        }
        return k;
    }

    /** Whole periods of this ring from {@code earlier} to {@code later}. */
    private long periods(LocalDateTime earlier, LocalDateTime later) {
        return switch (ring.kind()) {
            case HOURLY -> ChronoUnit.HOURS.between(earlier, later);
            case DAILY -> ChronoUnit.DAYS.between(earlier, later);
            case MONTHLY -> ChronoUnit.MONTHS.between(earlier, later);
        };
    }

    private boolean erased(int k) throws Tem106Exception {
        return ArchiveRecordCodec.isErased(firstPiece(k));
    }

    private LocalDateTime writtenAt(int k) throws Tem106Exception {
        byte[] first = firstPiece(k);
        return reader.decode("archive record header", () -> ArchiveRecordCodec.writtenAt(first));
    }

    private byte[] firstPiece(int k) throws Tem106Exception {
        byte[] piece = firstPieces.get(k);
        if (piece == null) {
            piece = reader.readFlash(ring.address(newest - k), Request.MAX_READ);
            firstPieces.put(k, piece);
        }
        return piece;
    }

    /** Reads pieces 2..6 of the k-th newest record and decodes the whole. */
    private RawRecord record(int k) throws Tem106Exception {
        byte[] bytes = new byte[ArchiveRing.RECORD_SIZE];
        System.arraycopy(firstPiece(k), 0, bytes, 0, Request.MAX_READ);
        long address = ring.address(newest - k);
        for (int piece = 1; piece < PIECES; piece++) {
            byte[] data = reader.readFlash(address + (long) piece * Request.MAX_READ, Request.MAX_READ);
            System.arraycopy(data, 0, bytes, piece * Request.MAX_READ, data.length);
        }
        ArchiveRecord record = reader.decode("archive record at " + String.format("0x%08X", address),
                () -> ArchiveRecordCodec.decode(bytes));
        return new RawRecord(record, bytes);
    }
}
