package org.castellan.alarms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a dispatcher enters to raise an alarm by hand: where, how urgent, what. */
public record ManualAlarmForm(
        @NotNull Long orgId,
        Long siteId,
        @NotNull AlarmSeverity severity,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 2000) String details) {
    public ManualAlarmForm {
        title = title == null ? null : title.trim();
        details = details == null || details.isBlank() ? null : details.trim();
    }
}
