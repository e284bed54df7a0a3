/**
 * Heat meters' abnormal situations as alarms (issue 6): {@link org.castellan.metering.conditions.MeterConditions}
 * turns what reads find — the meter's error bits in its newest hourly record (G &lt; min, G &gt; max, Δt &lt; min,
 * temperature or pressure channel fault, power off), current values beyond the limits set per meter and system
 * ({@link org.castellan.metering.conditions.MeterLimits}, {@code meter.limits}), a meter silent or an hourly archive
 * stale for longer than its plan allows — into conditions kept in {@code meter_condition} (V14), one row per meter,
 * system (0 for the meter as a whole) and {@link org.castellan.metering.conditions.MeterCondition}.
 *
 * <p>Each transition is a {@code metering.abnormal} or {@code metering.normal} event with data
 * {@code {meterId, system, condition, …}}, journalled in the transaction that changes the row; {@code
 * alarms.AlarmRules} makes of them one {@code meter.abnormal} alarm per meter + system + condition (source key
 * {@code device:<id>/system:<n>/<condition>}, or {@code device:<id>/<condition>} for the meter as a whole) and clears
 * it when the condition ends. Titles in English and Russian: bundle {@code i18n/metering_conditions}.
 *
 * <p>The meter service calls {@code archiveRead}, {@code currentRead} and {@code readSucceeded} after its reads;
 * {@link org.castellan.metering.conditions.ConditionWatch} runs the silence and staleness check every minute.
 */
package org.castellan.metering.conditions;
