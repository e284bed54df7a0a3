package org.castellan.metering.conditions;

/**
 * One transition {@link MeterConditions} made: a condition became active ({@code raised}) or ended, and the event it
 * journalled ({@code metering.abnormal} or {@code metering.normal}).
 *
 * @param system the system, 1..; 0 for a condition of the meter as a whole
 */
public record ConditionChange(int system, MeterCondition condition, boolean raised) {
}
