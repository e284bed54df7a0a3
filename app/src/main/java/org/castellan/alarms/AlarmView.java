package org.castellan.alarms;

import java.time.Duration;
import java.time.Instant;

/**
 * An alarm as a console row shows it: with its site's name and its age (since first reported) in whole minutes.
 */
public record AlarmView(Alarm alarm, String siteName, long ageMinutes) {
    static AlarmView of(Alarm alarm, String siteName, Instant now) {
        return new AlarmView(alarm, siteName, Math.max(0, Duration.between(alarm.firstAt(), now).toMinutes()));
    }
}
