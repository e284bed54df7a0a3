package org.castellan.tem106.archive;

import org.castellan.tem106.memory.TimerMemoryField;

/** The three archives of seed TEM-106 §5.2, each a ring with its own next-record pointer in the timer memory. */
public enum ArchiveKind {
    /** Written on the hour. */
    HOURLY(TimerMemoryField.ADR_HOUR),
    /** Written at midnight. */
    DAILY(TimerMemoryField.ADR_DAY),
    /** Written on the reporting day set by the operator. */
    MONTHLY(TimerMemoryField.ADR_MONTH);

    private final TimerMemoryField pointer;

    ArchiveKind(TimerMemoryField pointer) {
        this.pointer = pointer;
    }

    /** The timer-memory field holding 0x200000 + the address of the record written next. */
    public TimerMemoryField pointer() {
        return pointer;
    }
}
