package org.castellan.metering;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Heat-metering settings ({@code castellan.metering.*}).
 *
 * @param enabled          whether this node reads meters at all (the read worker and the scheduler)
 * @param concurrency      reads in flight at once on this node, over all lines (one per line at most)
 * @param tick             how often the scheduler looks for due reads and the worker for claimable jobs
 * @param lease            how long a claimed job stays claimed without progress before another node may take it
 * @param runPeriods       the most archive periods asked for in one walk (progress is reported between walks)
 * @param currentRetention how long current-value snapshots are kept
 * @param jobRetention     how long finished read jobs are kept
 * @param node             this node's name for claims (defaults to the gateway's node name)
 */
@ConfigurationProperties("castellan.metering")
public record MeteringProperties(@DefaultValue("true") boolean enabled,
                                 @DefaultValue("16") int concurrency,
                                 @DefaultValue("1s") Duration tick,
                                 @DefaultValue("5m") Duration lease,
                                 @DefaultValue("24") int runPeriods,
                                 @DefaultValue("31d") Duration currentRetention,
                                 @DefaultValue("14d") Duration jobRetention,
                                 String node) {
    public MeteringProperties {
        if (concurrency < 1) {
            throw new IllegalArgumentException("castellan.metering.concurrency must be at least 1, found " + concurrency);
        }
        if (runPeriods < 1) {
            throw new IllegalArgumentException("castellan.metering.run-periods must be at least 1, found " + runPeriods);
        }
    }
}
