/**
 * The Flash archive of seed TEM-106 §5.2 and §6.3: 384-byte records ({@link org.castellan.tem106.archive.ArchiveRecord},
 * {@link org.castellan.tem106.archive.ArchiveRecordCodec}), the hourly, daily and monthly rings for 512 KB and 1 MB
 * Flash derived from their record counts ({@link org.castellan.tem106.archive.ArchiveRing}, erratum 4), and the error
 * bits of a record ({@link org.castellan.tem106.archive.SystemError}). No I/O.
 */
package org.castellan.tem106.archive;
