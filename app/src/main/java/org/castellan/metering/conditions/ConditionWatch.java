package org.castellan.metering.conditions;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link MeterConditions#check} on the injected clock's time, every {@code castellan.metering.watch-every}
 * (default one minute) after the previous run ended: silence and stale archives are judged in hours, so a minute
 * late is on time. Runs on every application node; the per-meter lock in {@link MeterConditions} makes concurrent
 * runs harmless. Runs in tests too: they place their meters' times relative to the real clock, so both agree.
 */
@Component
class ConditionWatch {
    private static final Logger log = LoggerFactory.getLogger(ConditionWatch.class);

    private final MeterConditions conditions;
    private final Clock clock;

    ConditionWatch(MeterConditions conditions, Clock clock) {
        this.conditions = conditions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${castellan.metering.watch-every:1m}",
            initialDelayString = "${castellan.metering.watch-every:1m}")
    void tick() {
        try {
            conditions.check(clock.instant());
        } catch (RuntimeException e) {
            log.error("Meter watch failed; tried again in the next period: {}", e.toString(), e);
        }
    }
}
