package org.castellan.alarms;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.castellan.audit.AuditAction;
import org.castellan.audit.AuditLog;
import org.castellan.events.EventJournal;
import org.castellan.events.EventSeverity;
import org.castellan.events.NewEvent;
import org.castellan.org.OrgService;
import org.castellan.org.Site;
import org.castellan.platform.Channel;
import org.castellan.platform.ConflictException;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.LiveFeed;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.castellan.users.User;
import org.castellan.users.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The alarm lifecycle (docs/architecture.md "alarms"): raise or repeat, automatic and manual clear, acknowledge,
 * comment, assign, link a repair order, and the scoped lists. Every change appends an {@code alarm.*} event in the
 * same transaction — the only way notifications and the duty log learn about alarms — and, after commit,
 * publishes the alarm on the {@link LiveFeed} (topic {@value #TOPIC}).
 *
 * <p>People: {@link Role#ADMIN} and {@link Role#DISPATCHER} act on alarms, {@link Role#ENGINEER} may comment,
 * everyone scoped to the organization reads; another organization's alarm is {@link NotFoundException}; bad input
 * is {@link InvalidInputException}. Person actions are audited (entity {@value #ALARM}). Thread-safe.
 */
@Service
@Transactional
public class AlarmService {
    public static final String TOPIC = "alarm";
    /** The type of alarms raised by hand. */
    public static final String MANUAL = "manual";
    static final String ALARM = "alarm";
    static final int RECENT = 50;
    private static final int OPEN_LIMIT = 1000;
    private static final int MAX_COMMENT = 2000;
    private static final int MAX_REASON = 500;

    private final AlarmRepository repository;
    private final EventJournal journal;
    private final AuditLog audit;
    private final LiveFeed feed;
    private final OrgService orgs;
    private final UserService users;
    private final Clock clock;

    AlarmService(AlarmRepository repository, EventJournal journal, AuditLog audit, LiveFeed feed, OrgService orgs,
                 UserService users, Clock clock) {
        this.repository = repository;
        this.journal = journal;
        this.audit = audit;
        this.feed = feed;
        this.orgs = orgs;
        this.users = users;
        this.clock = clock;
    }

    /**
     * A rule or another package reports a condition (a system call): a new alarm, or a repeat of the open one for
     * the same organization, source and type (counter + 1, severity, title, details and last time updated).
     */
    public Alarm raise(AlarmSignal signal) {
        return raise(signal, null);
    }

    /** The condition of an open alarm ended: clears it automatically. Empty when none was open. */
    public Optional<Alarm> conditionEnded(long orgId, String sourceKey, String type, Instant at) {
        Optional<Alarm> cleared = repository.clearAutomatically(orgId, sourceKey, type, at);
        cleared.ifPresent(a -> changed(a, "alarm.cleared", EventSeverity.INFO, "Alarm cleared automatically: ",
                Map.of("automatic", true), null));
        return cleared;
    }

    /** A dispatcher raises an alarm by hand; its source is unique, so it never repeats another. */
    public Alarm manual(CurrentUser user, ManualAlarmForm form) {
        user.requireAny(Role.ADMIN, Role.DISPATCHER);
        if (form.orgId() == null || !user.canSee(form.orgId())) {
            throw new InvalidInputException("orgId", "validation.unknownOrganization", form.orgId());
        }
        if (form.siteId() != null) {
            Site site;
            try {
                site = orgs.site(user, form.siteId());
            } catch (NotFoundException e) {
                throw new InvalidInputException("siteId", "validation.notFound", form.siteId());
            }
            if (site.orgId() != form.orgId()) {
                throw new InvalidInputException("siteId", "validation.siteOfOtherOrganization");
            }
        }
        Map<String, Object> details = form.details() == null ? Map.of() : Map.of("text", form.details());
        Alarm alarm = raise(new AlarmSignal(form.orgId(), MANUAL, "manual:" + UUID.randomUUID(), null, form.siteId(),
                null, form.severity(), form.title(), details, clock.instant()), user.id());
        audit.record(user, alarm.orgId(), ALARM, alarm.id(), AuditAction.CREATE, null, alarm);
        return alarm;
    }

    /** Acknowledges the alarm (cleared or not); acknowledging it again changes nothing. */
    public Alarm acknowledge(CurrentUser user, long id) {
        Alarm before = alarm(user, id);
        user.requireAny(Role.ADMIN, Role.DISPATCHER);
        if (!repository.acknowledge(id, user.id(), clock.instant())) {
            return before;
        }
        Alarm after = repository.byId(id).orElseThrow();
        audit.record(user, after.orgId(), ALARM, id, AuditAction.UPDATE, before, after);
        return changed(after, "alarm.acknowledged", EventSeverity.INFO, "Alarm acknowledged: ", Map.of(), user);
    }

    /** Adds a comment; dispatchers, administrators and engineers may. */
    public AlarmComment comment(CurrentUser user, long id, String text) {
        Alarm alarm = alarm(user, id);
        user.requireAny(Role.ADMIN, Role.DISPATCHER, Role.ENGINEER);
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("text", "alarms.validation.commentRequired");
        }
        if (trimmed.length() > MAX_COMMENT) {
            throw new InvalidInputException("text", "alarms.validation.tooLong", MAX_COMMENT);
        }
        AlarmComment comment = repository.addComment(id, user.id(), user.displayName(), trimmed, clock.instant());
        audit.record(user, alarm.orgId(), ALARM, id, AuditAction.UPDATE, null, comment);
        changed(repository.byId(id).orElseThrow(), "alarm.commented", EventSeverity.INFO, "Alarm commented: ",
                Map.of("comment", trimmed), user);
        return comment;
    }

    /** Assigns the alarm to a user who may act on it in its organization, or to nobody ({@code userId} null). */
    public Alarm assign(CurrentUser user, long id, Long userId) {
        Alarm before = alarm(user, id);
        user.requireAny(Role.ADMIN, Role.DISPATCHER);
        if (userId != null && users.currentUser(userId, Channel.SYSTEM)
                .filter(u -> u.canSee(before.orgId()) && u.hasAny(Role.ADMIN, Role.DISPATCHER, Role.ENGINEER))
                .isEmpty()) {
            throw new InvalidInputException("assigneeId", "alarms.validation.assignee", userId);
        }
        repository.assign(id, userId);
        Alarm after = repository.byId(id).orElseThrow();
        audit.record(user, after.orgId(), ALARM, id, AuditAction.UPDATE, before, after);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("assigneeId", userId == null ? "" : userId);
        return changed(after, "alarm.assigned", EventSeverity.INFO, "Alarm assigned: ", data, user);
    }

    /** Clears the alarm by hand with a reason (required); an alarm cleared already is a conflict. */
    public Alarm clear(CurrentUser user, long id, String reason) {
        Alarm before = alarm(user, id);
        user.requireAny(Role.ADMIN, Role.DISPATCHER);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "alarms.validation.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "alarms.validation.tooLong", MAX_REASON);
        }
        if (!repository.clear(id, user.id(), why, clock.instant())) {
            throw new ConflictException("alarms.conflict.cleared", id);
        }
        Alarm after = repository.byId(id).orElseThrow();
        audit.record(user, after.orgId(), ALARM, id, AuditAction.UPDATE, before, after);
        return changed(after, "alarm.cleared", EventSeverity.INFO, "Alarm cleared: ",
                Map.of("reason", why, "automatic", false), user);
    }

    /** The maintenance package opened a repair order for the alarm (a system call). */
    public Alarm linkRepairOrder(long alarmId, long orderId) {
        repository.byId(alarmId).orElseThrow(() -> new NotFoundException(ALARM, alarmId));
        repository.linkRepairOrder(alarmId, orderId);
        Alarm after = repository.byId(alarmId).orElseThrow();
        afterCommit(() -> feed.publish(TOPIC, after.orgId(), after));
        return after;
    }

    /** Open alarms the user can see: the most severe first, then the oldest first. */
    @Transactional(readOnly = true)
    public List<Alarm> active(CurrentUser user, AlarmFilter filter) {
        return repository.open(user.allOrgs(), user.orgIds().toArray(Long[]::new), filter, OPEN_LIMIT);
    }

    /** The latest cleared alarms the user can see, the latest first. */
    @Transactional(readOnly = true)
    public List<Alarm> recent(CurrentUser user, AlarmFilter filter) {
        return repository.cleared(user.allOrgs(), user.orgIds().toArray(Long[]::new), filter, RECENT);
    }

    @Transactional(readOnly = true)
    public Alarm alarm(CurrentUser user, long id) {
        Alarm alarm = repository.byId(id).orElseThrow(() -> new NotFoundException(ALARM, id));
        user.requireOrg(alarm.orgId(), ALARM, id);
        return alarm;
    }

    @Transactional(readOnly = true)
    public List<AlarmComment> comments(CurrentUser user, long id) {
        alarm(user, id);
        return repository.comments(id);
    }

    /** Everyone who may be assigned alarms of the organization (the assign form's choices). */
    @Transactional(readOnly = true)
    public List<User> assignees(CurrentUser user, long orgId) {
        user.requireOrg(orgId, "organization", orgId);
        return users.users(CurrentUser.system()).stream()
                .filter(u -> u.enabled() && (u.allOrgs() || u.orgIds().contains(orgId)))
                .filter(u -> u.roles().contains(Role.ADMIN) || u.roles().contains(Role.DISPATCHER)
                        || u.roles().contains(Role.ENGINEER))
                .toList();
    }

    /** Whether an alarm of the type is open for the source (a system call). */
    @Transactional(readOnly = true)
    public boolean isOpen(long orgId, String sourceKey, String type) {
        return repository.openFor(orgId, sourceKey, type).isPresent();
    }

    /** The organization's open alarms (a system call: the duty handover's snapshot). */
    @Transactional(readOnly = true)
    public List<Alarm> openAlarms(long orgId) {
        return repository.open(true, new Long[0], new AlarmFilter(orgId, null, null, null), OPEN_LIMIT);
    }

    private Alarm raise(AlarmSignal signal, Long raisedBy) {
        AlarmRepository.Upserted result = repository.upsert(signal, raisedBy);
        Alarm alarm = result.alarm();
        EventSeverity severity = alarm.severity().toEvent();
        return result.created()
                ? changed(alarm, "alarm.raised", severity, "Alarm: ", Map.of(), null)
                : changed(alarm, "alarm.repeated", severity, "Alarm repeated: ", Map.of(), null);
    }

    /** Journals the change in the current transaction and publishes the alarm once it commits. */
    private Alarm changed(Alarm alarm, String type, EventSeverity severity, String prefix, Map<String, Object> extra,
                          CurrentUser by) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("alarmId", alarm.id());
        data.put("alarmType", alarm.type());
        data.put("alarmSeverity", alarm.severity().name());
        data.put("count", alarm.count());
        data.put("sourceKey", alarm.sourceKey());
        data.putAll(extra);
        if (by != null && !by.isSystem()) {
            data.put("userId", by.id());
        }
        Instant at = by == null ? eventTime(type, alarm) : clock.instant();
        NewEvent event = NewEvent.of(alarm.orgId(), at, type, severity, prefix + alarm.title()).source(ALARM)
                .data(data);
        event = alarm.deviceId() != null ? event.device(alarm.deviceId(), alarm.siteId(), alarm.zoneId())
                : event.place(alarm.siteId(), alarm.zoneId());
        journal.append(event);
        afterCommit(() -> feed.publish(TOPIC, alarm.orgId(), alarm));
        return alarm;
    }

    /** System changes happen when the condition was seen: raised/repeated at its last time, cleared when it ended. */
    private static Instant eventTime(String type, Alarm alarm) {
        return "alarm.cleared".equals(type) && alarm.clearedAt() != null ? alarm.clearedAt() : alarm.lastAt();
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
