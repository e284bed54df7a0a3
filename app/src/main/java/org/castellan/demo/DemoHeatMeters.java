package org.castellan.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.VirtualMeter;

/**
 * The demo's emulated TEM-106 heat meters, shared by every demo fleet that puts one on a modem's serial side, so all
 * of them keep one fast clock: each meter starts at the demo's local time with its archive already holding the whole
 * previous month (so a monthly statement can be produced at once) and then runs {@value #SPEED} times faster than
 * real time, so a new hourly record appears every real minute.
 *
 * <p>The meters' clocks therefore run ahead of the platform's; the platform learns by how much from each current
 * read (the meter's clock offset). A demo restart starts the meters afresh at real time.
 */
public final class DemoHeatMeters {
    /** Simulated seconds per real second: one simulated hour per real minute. */
    public static final long SPEED = 60;
    /** The meters' time zone, the demo organization's. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private DemoHeatMeters() {
    }

    /**
     * A meter at {@code address} with factory number {@code serialNumber} (which also seeds its simulation, so each
     * meter's readings differ), started now by {@code clock}.
     */
    public static VirtualMeter meter(int address, long serialNumber, Clock clock) {
        return new VirtualMeter(profile(address, serialNumber, LocalDateTime.now(clock.withZone(ZONE))), clock);
    }

    /**
     * The profile of such a meter started at local time {@code now}: history from two days before the first day of
     * the previous month, so the daily records of that whole month exist (a day's record is written when it ends).
     */
    public static MeterProfile profile(int address, long serialNumber, LocalDateTime now) {
        LocalDateTime start = now.truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime historyFrom = start.toLocalDate().withDayOfMonth(1).minusMonths(1).minusDays(2).atStartOfDay();
        MeterProfile defaults = MeterProfile.defaults();
        return new MeterProfile(address, serialNumber, defaults.flashSize(), defaults.systems(),
                defaults.reportingDay(), start, Duration.between(historyFrom, start), SPEED, serialNumber);
    }
}
