package org.castellan.tem106.reader;

import org.castellan.tem106.archive.ArchiveRecord;

/**
 * An archive record with the bytes it was decoded from (seed TEM-106 §5.2: 384 bytes, read in six 64-byte pieces).
 *
 * @param record the decoded record
 * @param bytes  the record's bytes as the meter sent them
 */
public record RawRecord(ArchiveRecord record, byte[] bytes) {
    public RawRecord {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
