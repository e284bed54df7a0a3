package org.castellan.metering;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * How often a meter is read and how far back its archives are kept complete ({@code poll_plan}). A null
 * {@code *Every} means that kind is not read by the plan.
 *
 * @param hourlyDepth how many hours back the hourly archive is kept complete (likewise days, months)
 * @param windowStart the call window's start in the meter's time zone; null with {@code windowEnd}: any time
 * @param windowEnd   may be before {@code windowStart}: a window across midnight (22:00–06:00)
 * @param wakeFirst   send the modem an SMS wake-up before the read (modems that connect only when asked)
 * @param retryAfter  the pause after the first failed attempt; it doubles with every further one
 */
public record PollPlan(long id, long orgId, String name, Duration currentEvery, Duration hourlyEvery,
        int hourlyDepth, Duration dailyEvery, int dailyDepth, Duration monthlyEvery, int monthlyDepth,
        LocalTime windowStart, LocalTime windowEnd, boolean wakeFirst, int maxAttempts, Duration retryAfter,
        Duration silentAfter, Duration staleAfter) {

    /** Whether the meter's local time {@code at} falls inside the call window. */
    public boolean inWindow(LocalDateTime at) {
        if (windowStart == null || windowEnd == null) {
            return true;
        }
        LocalTime t = at.toLocalTime();
        return windowStart.isBefore(windowEnd) || windowStart.equals(windowEnd)
                ? !t.isBefore(windowStart) && t.isBefore(windowEnd)
                : !t.isBefore(windowStart) || t.isBefore(windowEnd);
    }

    /** How often a kind of read runs, or null when the plan does not run it. */
    public Duration every(ReadKind what) {
        return switch (what) {
            case CURRENT -> currentEvery;
            case HOURLY -> hourlyEvery;
            case DAILY -> dailyEvery;
            case MONTHLY -> monthlyEvery;
            case IDENTIFY -> null;
        };
    }

    /** How many periods of {@code interval} back the plan keeps complete. */
    public int depth(ArchiveInterval interval) {
        return switch (interval) {
            case HOURLY -> hourlyDepth;
            case DAILY -> dailyDepth;
            case MONTHLY -> monthlyDepth;
        };
    }

    /** The pause before attempt {@code attempt + 1} after {@code attempt} failures (1..): doubling, capped at a day. */
    public Duration backoff(int attempt) {
        Duration pause = retryAfter.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 16));
        return pause.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : pause;
    }
}
