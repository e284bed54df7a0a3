package org.castellan.metering.conditions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.CurrentEntry;
import org.castellan.metering.MeterSystemInfo;
import org.castellan.metering.SystemEntry;

/**
 * Pure rules from readings to {@link Observation}s: no I/O, no state. {@link MeterConditions} applies the result.
 */
final class ConditionRules {
    private ConditionRules() {
    }

    /**
     * The meter's own flags: for each configured system the record holds, every {@link MeterCondition.Family#ERROR_BIT}
     * condition is judged from its bit. A system the record lacks is not judged.
     */
    static Observation errorBits(List<MeterSystemInfo> systems, ArchiveEntry record) {
        Observation observation = new Observation();
        Set<MeterCondition> bits = MeterCondition.of(MeterCondition.Family.ERROR_BIT);
        for (MeterSystemInfo info : systems) {
            SystemEntry entry = record.system(info.number()).orElse(null);
            if (entry == null) {
                continue;
            }
            Set<MeterCondition> set = MeterCondition.ofBits(entry.errorBits());
            for (MeterCondition condition : bits) {
                observation.judge(info.number(), condition, set.contains(condition),
                        Map.of("periodStart", record.periodStart().toString(), "errorBits", entry.errorBits()));
            }
        }
        return observation;
    }

    /**
     * Limit breaches from current values, per configured system: t1 is the system's first temperature channel, t2 its
     * second, G the volume flow of its first flow channel. A limit not set is judged normal (so removing a limit ends
     * its condition); a value the reading lacks (no such channel, NaN) leaves the condition as it was.
     */
    static Observation limits(List<MeterSystemInfo> systems, MeterLimits limits, CurrentEntry current) {
        Observation observation = new Observation();
        for (MeterSystemInfo info : systems) {
            int n = info.number();
            SystemLimits set = limits.system(n);
            BigDecimal t1 = value(current.temperatures(), MeterSystemInfo.nth(info.temperatureChannels(), 1));
            BigDecimal t2 = value(current.temperatures(), MeterSystemInfo.nth(info.temperatureChannels(), 2));
            BigDecimal g = value(current.volumeFlows(), MeterSystemInfo.nth(info.flowChannels(), 1));
            BigDecimal dt = t1 == null || t2 == null ? null : t1.subtract(t2);
            below(observation, n, MeterCondition.T1_BELOW_LIMIT, t1, set.tMin());
            above(observation, n, MeterCondition.T1_ABOVE_LIMIT, t1, set.tMax());
            below(observation, n, MeterCondition.G_BELOW_LIMIT, g, set.gMin());
            above(observation, n, MeterCondition.G_ABOVE_LIMIT, g, set.gMax());
            below(observation, n, MeterCondition.DELTA_T_BELOW_LIMIT, dt, set.dtMin());
        }
        return observation;
    }

    private static void below(Observation o, int system, MeterCondition c, BigDecimal value, BigDecimal limit) {
        if (limit == null) {
            o.normal(system, c);
        } else if (value != null) {
            o.judge(system, c, value.compareTo(limit) < 0, details(value, limit));
        }
    }

    private static void above(Observation o, int system, MeterCondition c, BigDecimal value, BigDecimal limit) {
        if (limit == null) {
            o.normal(system, c);
        } else if (value != null) {
            o.judge(system, c, value.compareTo(limit) > 0, details(value, limit));
        }
    }

    private static Map<String, Object> details(BigDecimal value, BigDecimal limit) {
        return Map.of("value", value, "limit", limit);
    }

    /** Channel 1.. of a reading as the meter showed it (the float's shortest decimal form), or null. */
    private static BigDecimal value(List<Float> values, int channel) {
        Float v = CurrentEntry.channel(values, channel);
        return v == null || v.isNaN() || v.isInfinite() ? null : new BigDecimal(Float.toString(v));
    }
}
