package org.castellan.metering;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalTime;

/**
 * What a person enters for a polling plan. Durations in ISO-8601 or Spring's short form ({@code 15m}, {@code 1h});
 * a blank "every" means that kind is not read.
 */
public record PollPlanForm(
        @NotNull Long orgId,
        @NotBlank @Size(max = 200) String name,
        Duration currentEvery,
        Duration hourlyEvery,
        @Min(1) @Max(50000) Integer hourlyDepth,
        Duration dailyEvery,
        @Min(1) @Max(5000) Integer dailyDepth,
        Duration monthlyEvery,
        @Min(1) @Max(240) Integer monthlyDepth,
        LocalTime windowStart,
        LocalTime windowEnd,
        boolean wakeFirst,
        @Min(1) @Max(100) Integer maxAttempts,
        Duration retryAfter,
        Duration silentAfter,
        Duration staleAfter) {

    public PollPlanForm {
        hourlyDepth = hourlyDepth == null ? 168 : hourlyDepth;
        dailyDepth = dailyDepth == null ? 62 : dailyDepth;
        monthlyDepth = monthlyDepth == null ? 13 : monthlyDepth;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        retryAfter = retryAfter == null ? Duration.ofMinutes(2) : retryAfter;
        silentAfter = silentAfter == null ? Duration.ofHours(3) : silentAfter;
        staleAfter = staleAfter == null ? Duration.ofHours(26) : staleAfter;
    }

    /** The form that would store {@code plan} unchanged. */
    public static PollPlanForm of(PollPlan p) {
        return new PollPlanForm(p.orgId(), p.name(), p.currentEvery(), p.hourlyEvery(), p.hourlyDepth(), p.dailyEvery(),
                p.dailyDepth(), p.monthlyEvery(), p.monthlyDepth(), p.windowStart(), p.windowEnd(), p.wakeFirst(),
                p.maxAttempts(), p.retryAfter(), p.silentAfter(), p.staleAfter());
    }
}
