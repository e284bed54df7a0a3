package org.castellan.notify;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.castellan.notify.EscalationRepository.AlarmState;
import org.castellan.notify.EscalationRepository.Due;
import org.castellan.notify.EscalationRepository.Kind;
import org.castellan.notify.MessageTemplates.Variant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires the timed work of the notification rules (docs/architecture.md "notify"): an alarm's first message once
 * its grace period has passed, escalation step N when it is still unacknowledged N's {@code after} past its
 * raising, reminders every {@code reminder_every} while not cleared. Each due row is claimed with
 * {@code for update skip locked} (several application nodes share the table) and re-checked against what the
 * {@code alarm.*} events said of the alarm; a rule deleted or disabled since does nothing.
 *
 * <p>A reminder fired late (the node was down) is not repeated for every period missed: the next one is due a
 * full period after it was sent.
 *
 * <p><b>Threading:</b> the scheduler calls {@link #tick()} every second on the injected {@link Clock}; tests call
 * {@link #fireDue(Instant)} with their own time. Safe to run on several threads and nodes at once.
 */
@Component
public class Escalations {
    private static final Logger LOG = System.getLogger(Escalations.class.getName());
    private static final int BATCH = 100;
    /** How long finished timed work and cleared alarms are kept. */
    static final Duration KEPT = Duration.ofDays(30);

    private final Clock clock;
    private final EscalationRepository schedule;
    private final NotificationRules rules;
    private final NotificationRuleSender sender;
    private final TransactionTemplate transactions;

    Escalations(Clock clock, EscalationRepository schedule, NotificationRules rules, NotificationRuleSender sender,
                TransactionTemplate transactions) {
        this.clock = clock;
        this.schedule = schedule;
        this.rules = rules;
        this.sender = sender;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "PT1S")
    void tick() {
        try {
            fireDue(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "notification schedule: firing due work failed; retried in a second", e);
        }
    }

    /**
     * Once a day: finished work and cleared alarms older than {@link #KEPT} are forgotten (the delivery log keeps
     * the messages themselves).
     */
    @Scheduled(cron = "0 17 3 * * *", zone = "UTC")
    void purgeOld() {
        schedule.purge(clock.instant().minus(KEPT));
    }

    /** Fires every row due at {@code now}; @return how many rows were fired */
    int fireDue(Instant now) {
        int fired = 0;
        int batch;
        do {
            batch = transactions.execute(status -> {
                List<Due> due = schedule.claimDue(now, BATCH);
                due.forEach(d -> fire(d, now));
                return due.size();
            });
            fired += batch;
        } while (batch == BATCH);
        return fired;
    }

    private void fire(Due due, Instant now) {
        schedule.done(due.id());
        AlarmState alarm = schedule.state(due.alarmId()).orElse(null);
        NotificationRule rule = rules.rule(due.ruleId()).filter(NotificationRule::enabled).orElse(null);
        if (alarm == null || rule == null || alarm.cleared()) {
            return;
        }
        switch (due.kind()) {
            case GRACE -> sender.send(rule, alarm.facts(), Variant.FIRST, 0, now, null);
            case ESCALATION -> {
                if (!alarm.acknowledged() && due.step() <= rule.steps().size()) {
                    sender.send(rule, alarm.facts(), Variant.ESCALATION, due.step(), now, null);
                }
            }
            case REMINDER -> {
                sender.send(rule, alarm.facts(), Variant.REMINDER, 0, now, null);
                if (rule.reminderEvery() != null) {
                    Instant next = due.dueAt().plus(rule.reminderEvery());
                    schedule.schedule(due.alarmId(), rule.id(), Kind.REMINDER, 0,
                            next.isAfter(now) ? next : now.plus(rule.reminderEvery()));
                }
            }
        }
    }
}
