package org.castellan.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.castellan.platform.CurrentUser;
import org.castellan.security.CurrentUsers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Dates and times for pages ({@code ${@fmt.dateTime(x)}}): in the page's language and the viewer's own time
 * zone, which the page says next to times it shows ({@code ${@fmt.zone()}}).
 */
@Component("fmt")
public class Formats {
    private final CurrentUsers currentUsers;

    Formats(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    public String dateTime(Instant instant) {
        return instant == null ? "—" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).withZone(zone()).format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale()).withZone(zone()).format(instant);
    }

    /** For datetime-local inputs: yyyy-MM-ddTHH:mm in the viewer's zone. */
    public String inputValue(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(zone()).format(instant);
    }

    public ZoneId zone() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return currentUsers.of(request).map(CurrentUser::timeZone).orElse(ZoneOffset.UTC);
        }
        return ZoneOffset.UTC;
    }
}
