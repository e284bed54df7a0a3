package org.castellan.metering;

import java.time.Instant;
import java.util.List;

/**
 * What reads found, for whoever acts on it (abnormal situations, MQTT publishing). Called on the reading thread after
 * the data is stored; a listener that fails is logged and does not fail the read.
 */
public interface MeterReadListener {
    /** Current values were read (and stored). */
    default void currentRead(Meter meter, CurrentEntry current, Instant at) {
    }

    /** Archive records new to the store, oldest first. */
    default void archiveStored(Meter meter, ArchiveInterval interval, List<ArchiveEntry> stored, Instant at) {
    }

    /** A read of the meter succeeded. */
    default void readSucceeded(Meter meter, Instant at) {
    }
}
