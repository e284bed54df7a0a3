package org.castellan.events;

/** How much an event matters to the person on duty; the alarm severities (issue: alarms) plus INFO. */
public enum EventSeverity {
    INFO, WARNING, MINOR, MAJOR, CRITICAL
}
