package org.castellan.metering.conditions;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What one input says about a meter's conditions: which (system, condition) slots it could judge, and which of those
 * are abnormal, with the details worth keeping. A slot it could not judge (a channel the reading lacks, a system the
 * record does not hold) is left as it was. Not thread-safe: built and used by one call.
 */
final class Observation {
    /** One condition of one system (0: the meter as a whole). */
    record Slot(int system, MeterCondition condition) {
    }

    private final Set<Slot> judged = new HashSet<>();
    private final Map<Slot, Map<String, Object>> abnormal = new LinkedHashMap<>();

    /** The slot was judged normal. */
    Observation normal(int system, MeterCondition condition) {
        judged.add(new Slot(system, condition));
        return this;
    }

    /** The slot was judged abnormal; {@code details} go to the condition row and the event's data. */
    Observation abnormal(int system, MeterCondition condition, Map<String, Object> details) {
        Slot slot = new Slot(system, condition);
        judged.add(slot);
        abnormal.put(slot, Map.copyOf(details));
        return this;
    }

    Observation judge(int system, MeterCondition condition, boolean isAbnormal, Map<String, Object> details) {
        return isAbnormal ? abnormal(system, condition, details) : normal(system, condition);
    }

    Set<Slot> judged() {
        return judged;
    }

    Map<Slot, Map<String, Object>> abnormal() {
        return abnormal;
    }
}
