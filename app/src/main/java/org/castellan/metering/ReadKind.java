package org.castellan.metering;

import java.util.Optional;

/** What a read job reads: current values, one archive, or who the meter is and how it is configured. */
public enum ReadKind {
    CURRENT,
    HOURLY,
    DAILY,
    MONTHLY,
    IDENTIFY;

    /** The archive this kind reads, if it reads one. */
    public Optional<ArchiveInterval> interval() {
        return switch (this) {
            case HOURLY -> Optional.of(ArchiveInterval.HOURLY);
            case DAILY -> Optional.of(ArchiveInterval.DAILY);
            case MONTHLY -> Optional.of(ArchiveInterval.MONTHLY);
            default -> Optional.empty();
        };
    }
}
