package org.castellan.notify;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.castellan.events.Event;
import org.castellan.events.EventObserver;
import org.castellan.events.EventSeverity;
import org.castellan.notify.EscalationRepository.Kind;
import org.castellan.notify.MessageTemplates.Facts;
import org.castellan.notify.MessageTemplates.Variant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the notification rules to every stored event (docs/architecture.md "notify"). Rules are matched in memory
 * from a copy of all rules, reloaded after each change ({@link NotificationRuleService}). An EVENTS rule sends at
 * once. For ALARMS rules only the {@code alarm.*} events count (notify never reads the alarms' tables):
 * {@code alarm.raised} records the alarm in {@code notification_alarm_state}, sends the first message (or, with
 * grace, schedules it) and schedules escalation steps and the first reminder for {@link Escalations};
 * {@code alarm.acknowledged} cancels the escalations, {@code alarm.cleared} all timed work — a first message still
 * waiting for its grace period is recorded as suppressed ({@code grace}) instead.
 *
 * <p>Quiet hours are judged at the moment the event happened. Messages go to the {@link Outbox} in one transaction
 * with the rows written here; nothing is sent inline.
 *
 * <p><b>Threading:</b> thread-safe; called after commit on the journal's threads.
 */
@Component
public class NotificationRules implements EventObserver {
    /** Why a flap's messages were not sent: the alarm cleared within the rule's grace period. */
    public static final String GRACE = "grace";

    private final RuleRepository repository;
    private final EscalationRepository schedule;
    private final NotificationRuleSender sender;
    private final TransactionTemplate transactions;
    private volatile Map<Long, List<NotificationRule>> byOrg;

    NotificationRules(RuleRepository repository, EscalationRepository schedule, NotificationRuleSender sender,
                      TransactionTemplate transactions) {
        this.repository = repository;
        this.schedule = schedule;
        this.sender = sender;
        this.transactions = transactions;
    }

    /**
     * Reads every rule again: after a change has committed on this node, and every minute for changes made on
     * other application nodes.
     */
    @Scheduled(fixedDelayString = "PT1M")
    public void reload() {
        byOrg = repository.all().stream().collect(Collectors.groupingBy(NotificationRule::orgId));
    }

    @Override
    public void stored(Event event) {
        transactions.executeWithoutResult(status -> apply(event));
    }

    /** @return the rule as last loaded, if it still exists */
    Optional<NotificationRule> rule(long id) {
        return rules().values().stream().flatMap(List::stream).filter(r -> r.id() == id).findFirst();
    }

    private Map<Long, List<NotificationRule>> rules() {
        if (byOrg == null) {
            reload();
        }
        return byOrg;
    }

    private void apply(Event event) {
        List<NotificationRule> ofOrg = rules().getOrDefault(event.orgId(), List.of());
        Facts facts = new Facts(event.orgId(), event.type(), event.severity(), event.siteId(), event.deviceId(),
                event.message(), 1, event.occurredAt(), event.id(), number(event, "alarmId"));
        for (NotificationRule rule : ofOrg) {
            if (rule.subject() == NotificationRule.Subject.EVENTS
                    && rule.matches(event.type(), event.severity(), event.siteId())) {
                sender.send(rule, facts, Variant.FIRST, 0, event.occurredAt(), null);
            }
        }
        Long alarmId = facts.alarmId();
        if (alarmId == null || !event.type().startsWith("alarm.")) {
            return;
        }
        switch (event.type()) {
            case "alarm.raised" -> raised(event, alarmId, ofOrg);
            case "alarm.repeated" -> schedule.repeated(alarmId, alarmSeverity(event), count(event), event.message());
            case "alarm.acknowledged" -> {
                schedule.acknowledged(alarmId);
                schedule.cancel(alarmId, List.of(Kind.ESCALATION));
            }
            case "alarm.cleared" -> cleared(event, alarmId);
            default -> { }
        }
    }

    private void raised(Event event, long alarmId, List<NotificationRule> ofOrg) {
        String alarmType = String.valueOf(event.data().getOrDefault("alarmType", "alarm"));
        Facts alarm = new Facts(event.orgId(), alarmType, alarmSeverity(event), event.siteId(), event.deviceId(),
                event.message(), count(event), event.occurredAt(), event.id(), alarmId);
        schedule.raised(alarmId, alarm);
        Instant at = event.occurredAt();
        for (NotificationRule rule : ofOrg) {
            if (rule.subject() != NotificationRule.Subject.ALARMS
                    || !rule.matches(alarmType, alarm.severity(), event.siteId())) {
                continue;
            }
            if (rule.grace().isPositive()) {
                schedule.schedule(alarmId, rule.id(), Kind.GRACE, 0, at.plus(rule.grace()));
            } else {
                sender.send(rule, alarm, Variant.FIRST, 0, at, null);
            }
            for (NotificationRule.Step step : rule.steps()) {
                schedule.schedule(alarmId, rule.id(), Kind.ESCALATION, step.stepNo(), at.plus(step.after()));
            }
            if (rule.reminderEvery() != null) {
                schedule.schedule(alarmId, rule.id(), Kind.REMINDER, 0, at.plus(rule.reminderEvery()));
            }
        }
    }

    private void cleared(Event event, long alarmId) {
        schedule.cleared(alarmId);
        List<Long> withinGrace = schedule.cancel(alarmId, List.of(Kind.GRACE));
        schedule.cancel(alarmId, List.of(Kind.ESCALATION, Kind.REMINDER));
        schedule.state(alarmId).ifPresent(state -> withinGrace.forEach(ruleId -> rule(ruleId).ifPresent(rule ->
                sender.send(rule, state.facts(), Variant.FIRST, 0, event.occurredAt(), GRACE))));
    }

    private static EventSeverity alarmSeverity(Event event) {
        Object severity = event.data().get("alarmSeverity");
        try {
            return severity == null ? event.severity() : EventSeverity.valueOf(severity.toString());
        } catch (IllegalArgumentException e) {
            return event.severity();
        }
    }

    private static int count(Event event) {
        Long count = number(event, "count");
        return count == null ? 1 : count.intValue();
    }

    private static Long number(Event event, String key) {
        return event.data().get(key) instanceof Number n ? n.longValue() : null;
    }
}
