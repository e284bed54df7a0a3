package org.castellan.dispatch;

import java.util.List;
import org.castellan.platform.CurrentUser;
import org.springframework.stereotype.Component;

/** Open alarms per site for the site tree's colours, from the alarms service. */
@Component
class OpenAlarms {
    List<SiteHealth.AlarmCount> counts(CurrentUser user) {
        return List.of();
    }

    boolean panelAvailable() {
        return false;
    }
}
