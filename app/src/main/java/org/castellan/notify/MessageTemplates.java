package org.castellan.notify;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.castellan.devices.DeviceService;
import org.castellan.events.EventSeverity;
import org.castellan.org.OrgService;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The text of a rule's message in the recipient's language, from the {@code notify} bundle: subject and body per
 * event or alarm type ({@code template.<type>.subject}, {@code .body}), for escalations and reminders
 * {@code template.<type>.escalation.*} / {@code .reminder.*}, each falling back to a generic text
 * ({@code template.default.*}, {@code template.escalation.*}, {@code template.reminder.*}).
 *
 * <p>Pattern arguments: {0} site name, {1} device name, {2} alarm title ({@code template.<type>.title}, else the
 * type), {3} type, {4} severity ({@code rule.severity.*}), {5} count, {6} time in the recipient's zone
 * ({@code yyyy-MM-dd HH:mm}), {7} the event's message, {8} the escalation step.
 *
 * <p><b>Threading:</b> thread-safe. Unknown sites and devices (deleted since) are shown as "—".
 */
@Component
class MessageTemplates {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String NONE = "—";

    /** Which message of an alarm's life (events have only the first). */
    enum Variant { FIRST, ESCALATION, REMINDER }

    /** What a message is about: an event, or an alarm as recorded from its events. */
    record Facts(long orgId, String type, EventSeverity severity, Long siteId, Long deviceId, String message,
                 int count, Instant at, Long eventId, Long alarmId) {
    }

    /** A rendered message. */
    record Text(String subject, String body) {
    }

    private final MessageSource messages;
    private final OrgService orgs;
    private final DeviceService devices;

    MessageTemplates(MessageSource messages, OrgService orgs, DeviceService devices) {
        this.messages = messages;
        this.orgs = orgs;
        this.devices = devices;
    }

    Text render(Facts facts, Variant variant, int step, Locale locale, ZoneId zone) {
        Object[] args = {siteName(facts.siteId()), deviceName(facts.deviceId()),
                text("template." + facts.type() + ".title", facts.type(), locale), facts.type(),
                text("rule.severity." + facts.severity(), facts.severity().name(), locale), facts.count(),
                TIME.withZone(zone).format(facts.at()), facts.message() == null ? "" : facts.message(), step};
        return new Text(pattern(facts.type(), variant, "subject", args, locale),
                pattern(facts.type(), variant, "body", args, locale));
    }

    private String pattern(String type, Variant variant, String part, Object[] args, Locale locale) {
        String middle = variant == Variant.FIRST ? "" : "." + variant.name().toLowerCase(Locale.ROOT);
        String generic = variant == Variant.FIRST ? "template.default." : "template" + middle + ".";
        try {
            return messages.getMessage("template." + type + middle + "." + part, args, locale);
        } catch (NoSuchMessageException e) {
            return messages.getMessage(generic + part, args, locale);
        }
    }

    private String text(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private String siteName(Long siteId) {
        try {
            return siteId == null ? NONE : orgs.site(CurrentUser.system(), siteId).name();
        } catch (NotFoundException e) {
            return NONE;
        }
    }

    private String deviceName(Long deviceId) {
        try {
            return deviceId == null ? NONE : devices.device(CurrentUser.system(), deviceId).name();
        } catch (NotFoundException e) {
            return NONE;
        }
    }
}
