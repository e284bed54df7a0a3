package org.castellan.tem106.reader;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.archive.ArchiveRecordCodec;
import org.castellan.tem106.archive.ArchiveRing;
import org.castellan.tem106.codec.Request;

/**
 * Walks one archive ring backwards from its newest record, reading each record in 64-byte pieces: the first piece
 * holds the header (written-at time, or erased Flash), which decides whether the other five are needed. Stops at an
 * erased slot, past the oldest wanted time, or after one full turn of the ring. Not thread-safe.
 */
final class ArchiveWalk {
  private static final int PIECES = ArchiveRing.RECORD_SIZE / Request.MAX_READ;

  private final MeterReader reader;
  private final ArchiveRing ring;
  private final int newest;

  ArchiveWalk(MeterReader reader, ArchiveRing ring, int newest) {
    this.reader = reader;
    this.ring = ring;
    this.newest = newest;
  }

  List<ArchiveRecord> latest(int count) throws Tem106Exception {
    List<ArchiveRecord> records = new ArrayList<>();
    for (int k = 0; k < Math.min(count, ring.capacity()); k++) {
      byte[] first = reader.readFlash(ring.address(newest - k), Request.MAX_READ);
      if (ArchiveRecordCodec.isErased(first)) {
        break;
      }
      records.add(rest(newest - k, first));
    }
    Collections.reverse(records);
    return records;
  }

  List<ArchiveRecord> between(LocalDateTime from, LocalDateTime to) throws Tem106Exception {
    List<ArchiveRecord> records = new ArrayList<>();
    for (int k = 0; k < ring.capacity(); k++) {
      byte[] first = reader.readFlash(ring.address(newest - k), Request.MAX_READ);
      if (ArchiveRecordCodec.isErased(first)) {
        break;
      }
      LocalDateTime writtenAt = reader.decode("archive record header", () -> ArchiveRecordCodec.writtenAt(first));
      if (writtenAt.isBefore(from)) {
        break;
      }
      if (!writtenAt.isAfter(to)) {
        records.add(rest(newest - k, first));
      }
    }
    Collections.reverse(records);
    return records;
  }

  /** Reads pieces 2..6 of record {@code index} and decodes the whole. */
  private ArchiveRecord rest(int index, byte[] first) throws Tem106Exception {
    byte[] bytes = new byte[ArchiveRing.RECORD_SIZE];
    System.arraycopy(first, 0, bytes, 0, first.length);
    long address = ring.address(index);
    for (int piece = 1; piece < PIECES; piece++) {
      byte[] data = reader.readFlash(address + (long) piece * Request.MAX_READ, Request.MAX_READ);
      System.arraycopy(data, 0, bytes, piece * Request.MAX_READ, data.length);
    }
    return reader.decode("archive record at " + String.format("0x%08X", address),
        () -> ArchiveRecordCodec.decode(bytes));
  }
}
