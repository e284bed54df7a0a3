package org.castellan.alarms;

import org.castellan.events.EventSeverity;

/** How urgent an alarm is, lowest first (so {@code compareTo} orders by urgency): WARNING < MINOR < MAJOR < CRITICAL. */
public enum AlarmSeverity {
    WARNING, MINOR, MAJOR, CRITICAL;

    /** The journal's severity of the same name, for {@code alarm.raised} / {@code alarm.repeated}. */
    public EventSeverity toEvent() {
        return EventSeverity.valueOf(name());
    }
}
