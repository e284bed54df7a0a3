package org.castellan.tem106.archive;

/**
 * The record's checksum byte at {@code 017F} and what it agrees with. The seed states no algorithm (erratum 7), so
 * records are never rejected on it; the two plausible ones are reported so that captures from real meters can
 * settle it.
 *
 * @param stored        the byte as read
 * @param notSumMatches whether it equals NOT(sum of bytes 0000..017E), the frame checksum's rule
 * @param sumMatches    whether it equals the plain sum of bytes 0000..017E
 */
public record RecordChecksum(int stored, boolean notSumMatches, boolean sumMatches) {
}
