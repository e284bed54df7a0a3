/**
 * The 2K timer memory of seed TEM-106 §5.1: every field of the map with its address, type and count
 * ({@link org.castellan.tem106.memory.TimerMemoryField}), an image of the memory filled by reads
 * ({@link org.castellan.tem106.memory.TimerMemory}), and the address ranges that one configuration read, one read of
 * current values and one read of the archive pointers cover ({@link org.castellan.tem106.memory.MemoryRange}).
 * No I/O.
 */
package org.castellan.tem106.memory;
