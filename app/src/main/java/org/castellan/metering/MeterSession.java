package org.castellan.metering;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One conversation with one meter over a line; one thread at a time. Every method may throw
 * {@link MeterReadException} with what went wrong in words a dispatcher can act on.
 */
public interface MeterSession {
    /** Who the meter is: its model and serial number. */
    MeterIdentity identify();

    /** The configured heat systems (read once per session). */
    List<MeterSystemInfo> systems();

    /** What it measures now. */
    CurrentEntry current();

    /**
     * The records of {@code interval} whose periods start from {@code firstStart} to {@code lastStart} inclusive, oldest
     * first; periods the meter does not hold are simply absent.
     *
     * @param reportingDay the day the monthly period starts on
     */
    List<ArchiveEntry> archive(ArchiveInterval interval, LocalDateTime firstStart, LocalDateTime lastStart,
            int reportingDay);

    /** Requests sent so far, retries included (for the benchmark and the job log). */
    int requests();
}
