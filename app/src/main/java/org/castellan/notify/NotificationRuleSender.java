package org.castellan.notify;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.castellan.events.EventSeverity;
import org.castellan.notify.MessageTemplates.Facts;
import org.castellan.notify.MessageTemplates.Text;
import org.castellan.notify.MessageTemplates.Variant;
import org.castellan.platform.Role;
import org.castellan.users.UserService;
import org.castellan.users.UserService.Addressee;
import org.springframework.stereotype.Component;

/**
 * Turns one occasion of a rule (an event, an alarm's first message, an escalation step, a reminder) into
 * {@link Message}s in the {@link Outbox}: each chosen user by e-mail and/or SMS where they have the address (those
 * without are skipped), in their language and time zone; each endpoint through the rule's WEBHOOK/MQTT channels,
 * in English with a JSON payload. Messages inside quiet hours (unless critical) are recorded as suppressed
 * ({@code quiet}); so are all of them when the caller gives a reason (a flap within grace).
 *
 * <p><b>Threading:</b> thread-safe; runs inside the caller's transaction.
 */
@Component
class NotificationRuleSender {
    private final UserService users;
    private final MessageTemplates templates;
    private final Outbox outbox;

    NotificationRuleSender(UserService users, MessageTemplates templates, Outbox outbox) {
        this.users = users;
        this.templates = templates;
        this.outbox = outbox;
    }

    /**
     * @param step     0 for the rule's own recipients, N for escalation step N's
     * @param now      when the message goes out, for quiet hours
     * @param suppress null to send; otherwise the reason to record every message as suppressed with
     * @return how many messages were handed to the outbox (sent or suppressed)
     */
    int send(NotificationRule rule, Facts facts, Variant variant, int step, Instant now, String suppress) {
        String reason = suppress != null ? suppress
                : rule.quietHours() != null && facts.severity() != EventSeverity.CRITICAL
                  && rule.quietHours().covers(now) ? QuietHours.REASON : null;
        int count = 0;
        for (Message message : messages(rule, facts, variant, step)) {
            if (reason == null) {
                outbox.enqueue(message);
            } else {
                outbox.suppressed(message, reason);
            }
            count++;
        }
        return count;
    }

    private List<Message> messages(NotificationRule rule, Facts facts, Variant variant, int step) {
        Set<Long> userIds = step == 0 ? rule.userIds() : rule.steps().get(step - 1).userIds();
        Set<Role> roles = step == 0 ? rule.roles() : rule.steps().get(step - 1).roles();
        List<Message> out = new java.util.ArrayList<>();
        for (Addressee person : users.addressees(rule.orgId(), userIds, roles)) {
            boolean email = rule.channels().contains(ChannelKind.EMAIL) && person.email() != null;
            boolean sms = rule.channels().contains(ChannelKind.SMS) && person.phone() != null;
            if (!email && !sms) {
                continue;
            }
            Text text = templates.render(facts, variant, step, Locale.forLanguageTag(person.locale()),
                    person.timeZone());
            if (email) {
                out.add(message(rule, facts, ChannelKind.EMAIL, person.email(), person.userId(), text, variant, step));
            }
            if (sms) {
                out.add(message(rule, facts, ChannelKind.SMS, person.phone(), person.userId(), text, variant, step));
            }
        }
        if (step == 0 && !rule.endpointIds().isEmpty()) {
            Text text = templates.render(facts, variant, step, Locale.ENGLISH, ZoneOffset.UTC);
            for (ChannelKind channel : List.of(ChannelKind.WEBHOOK, ChannelKind.MQTT)) {
                if (rule.channels().contains(channel)) {
                    rule.endpointIds().stream().sorted().forEach(endpoint -> out.add(message(rule, facts, channel,
                            String.valueOf(endpoint), null, text, variant, step)));
                }
            }
        }
        return out;
    }

    private static Message message(NotificationRule rule, Facts facts, ChannelKind channel, String address,
                                   Long userId, Text text, Variant variant, int step) {
        return new Message(rule.orgId(), channel, address, userId, text.subject(), text.body(),
                payload(facts, variant, step), facts.eventId(), facts.alarmId(), rule.id());
    }

    /** What a webhook or MQTT subscriber gets besides the text: the facts, machine-readable. */
    private static Map<String, Object> payload(Facts facts, Variant variant, int step) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", facts.type());
        payload.put("severity", facts.severity().name());
        payload.put("at", facts.at().toString());
        payload.put("variant", variant.name());
        payload.put("step", step);
        payload.put("count", facts.count());
        payload.put("siteId", facts.siteId());
        payload.put("deviceId", facts.deviceId());
        payload.put("alarmId", facts.alarmId());
        payload.put("eventId", facts.eventId());
        payload.put("message", facts.message());
        return payload;
    }
}
