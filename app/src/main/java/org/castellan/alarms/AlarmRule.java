package org.castellan.alarms;

/**
 * One row of the table {@link AlarmRules} applies to stored events: an event of kind {@code eventType} either
 * raises (or repeats) an alarm of {@code alarmType}, or ends the condition of the open one.
 */
public sealed interface AlarmRule {
    String eventType();

    String alarmType();

    /** The event raises the alarm with this severity (unless configuration overrides it). */
    record Raise(String eventType, String alarmType, AlarmSeverity severity) implements AlarmRule {
    }

    /** The event ends the condition: the open alarm of the same source is cleared automatically. */
    record End(String eventType, String alarmType) implements AlarmRule {
    }

    static AlarmRule raise(String eventType, String alarmType, AlarmSeverity severity) {
        return new Raise(eventType, alarmType, severity);
    }

    static AlarmRule end(String eventType, String alarmType) {
        return new End(eventType, alarmType);
    }
}
