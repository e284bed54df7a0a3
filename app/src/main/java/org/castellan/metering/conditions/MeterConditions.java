package org.castellan.metering.conditions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.castellan.events.EventJournal;
import org.castellan.events.EventSeverity;
import org.castellan.events.NewEvent;
import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.CurrentEntry;
import org.castellan.metering.MeterRef;
import org.castellan.metering.MeterSystemInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Heat meters' abnormal situations as conditions with a beginning and an end (issue 6): keeps the active ones in
 * {@code meter_condition} and journals each transition — {@value #ABNORMAL} when a condition begins,
 * {@value #NORMAL} when it ends — which {@code alarms.AlarmRules} turns into one {@code meter.abnormal} alarm per
 * meter, system and condition, raised and cleared automatically.
 *
 * <p>Inputs, each deciding one {@link MeterCondition.Family} only: {@link #archiveRead} (the meter's error bits),
 * {@link #currentRead} (limits), {@link #readSucceeded} and {@link #check} (silence and stale archives; {@link
 * ConditionWatch} calls it every minute). Only transitions write: calling again with the same reading writes nothing.
 *
 * <p><b>Transactions and threading:</b> thread-safe. Each call's rows and events commit together (the caller's
 * transaction when there is one), so an alarm and its condition row never disagree; calls for one meter are
 * serialized by a transaction-scoped advisory lock, so concurrent reads and the watch never raise one condition twice.
 * Events reach the alarm rules after commit.
 */
@Service
public class MeterConditions {
    /** The event type of a condition that began. */
    public static final String ABNORMAL = "metering.abnormal";
    /** The event type of a condition that ended. */
    public static final String NORMAL = "metering.normal";
    static final String SOURCE = "metering";
    private static final Logger log = LoggerFactory.getLogger(MeterConditions.class);

    private final ConditionRepository repository;
    private final EventJournal journal;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    MeterConditions(ConditionRepository repository, EventJournal journal, MessageSource messages,
                    PlatformTransactionManager transactions) {
        this.repository = repository;
        this.journal = journal;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The newest hourly record was read: each configured system's error bits raise or end its
     * {@link MeterCondition.Family#ERROR_BIT} conditions. Pass the newest record only: an older one would end
     * conditions the newer one raised.
     *
     * @param systems      the meter's configured systems; systems the record does not hold are left as they are
     * @param newestHourly the newest hourly record stored for the meter
     * @param now          when it was read: the time of the events
     * @return the transitions made (empty when nothing changed)
     */
    @Transactional
    public List<ConditionChange> archiveRead(MeterRef meter, List<MeterSystemInfo> systems, ArchiveEntry newestHourly,
                                             Instant now) {
        return apply(meter, ConditionRules.errorBits(systems, newestHourly), now);
    }

    /**
     * Current values were read: limit breaches ({@link MeterCondition.Family#LIMIT}) begin or end. A limit not set
     * ends its condition; a value the reading lacks leaves its condition as it is.
     *
     * @return the transitions made
     */
    @Transactional
    public List<ConditionChange> currentRead(MeterRef meter, List<MeterSystemInfo> systems, MeterLimits limits,
                                             CurrentEntry current, Instant now) {
        return apply(meter, ConditionRules.limits(systems, limits, current), now);
    }

    /**
     * A read of the meter succeeded: {@link MeterCondition#SILENT} ends. Call it after (or in the transaction that)
     * {@code meter.last_success_at} is set, or the watch raises it again.
     *
     * @return the transitions made
     */
    @Transactional
    public List<ConditionChange> readSucceeded(MeterRef meter, Instant at) {
        return apply(meter, new Observation().normal(0, MeterCondition.SILENT), at);
    }

    /**
     * The meter is going away: every active condition ends (its alarm clears, with a {@code metering.normal} event),
     * in the caller's transaction, before the meter's rows are deleted.
     *
     * @return the transitions made
     */
    @Transactional
    public List<ConditionChange> forget(MeterRef meter, Instant at) {
        repository.lock(meter.meterId());
        Observation observation = new Observation();
        repository.active(meter.meterId()).forEach(slot -> observation.normal(slot.system(), slot.condition()));
        return applyLocked(meter, observation, at);
    }

    /**
     * The watch: for every meter with a plan, {@link MeterCondition#SILENT} when its last successful read (or its
     * creation, when never read) is older than the plan's {@code silent_after}; {@link MeterCondition#STALE} when its
     * newest hourly record ended longer than {@code stale_after} ago (only if the plan reads hourly archives). Both
     * end when no longer true, or when the meter loses its plan. Each changed meter in a transaction of its own; a
     * meter that fails is logged and does not stop the others.
     *
     * @return the transitions made, by meter id
     */
    public Map<Long, List<ConditionChange>> check(Instant now) {
        Map<Long, Set<MeterCondition>> active = new HashMap<>();
        repository.allWatchConditions().forEach(e -> active.computeIfAbsent(e.getKey(),
                k -> EnumSet.noneOf(MeterCondition.class)).add(e.getValue()));
        Map<Long, List<ConditionChange>> changes = new LinkedHashMap<>();
        for (ConditionRepository.WatchState state : repository.watch(now)) {
            long meterId = state.meter().meterId();
            if (watchConditions(state).equals(active.getOrDefault(meterId, Set.of()))) {
                continue;
            }
            try {
                List<ConditionChange> made = transaction.execute(status -> checkMeter(meterId, now));
                if (made != null && !made.isEmpty()) {
                    changes.put(meterId, made);
                }
            } catch (RuntimeException e) {
                log.error("Meter {}: checking silence and stale archives failed: {}", meterId, e.toString(), e);
            }
        }
        return changes;
    }

    /** Under the meter's lock: its state read again (a read may have succeeded since the scan), then applied. */
    private List<ConditionChange> checkMeter(long meterId, Instant now) {
        repository.lock(meterId);
        List<ConditionRepository.WatchState> states = repository.watch(now, meterId);
        if (states.isEmpty()) {
            return List.of(); // deleted meanwhile
        }
        ConditionRepository.WatchState s = states.get(0);
        Observation observation = new Observation();
        observation.judge(0, MeterCondition.SILENT, s.silent(), s.silentAfter() == null ? Map.of()
                : Map.of("lastSuccessAt", s.lastSuccess().toString(), "silentAfter", s.silentAfter().toString()));
        Map<String, Object> stale = new LinkedHashMap<>();
        if (s.newestHourlyEnd() != null) {
            stale.put("newestHourlyEnd", s.newestHourlyEnd().toString());
        }
        if (s.staleAfter() != null) {
            stale.put("staleAfter", s.staleAfter().toString());
        }
        observation.judge(0, MeterCondition.STALE, s.stale(), stale);
        return applyLocked(s.meter(), observation, now);
    }

    private static Set<MeterCondition> watchConditions(ConditionRepository.WatchState state) {
        Set<MeterCondition> set = EnumSet.noneOf(MeterCondition.class);
        if (state.silent()) {
            set.add(MeterCondition.SILENT);
        }
        if (state.stale()) {
            set.add(MeterCondition.STALE);
        }
        return set;
    }

    private List<ConditionChange> apply(MeterRef meter, Observation observation, Instant now) {
        repository.lock(meter.meterId());
        return applyLocked(meter, observation, now);
    }

    /** The judged slots that changed: new abnormal ones inserted and raised, active normal ones deleted and ended. */
    private List<ConditionChange> applyLocked(MeterRef meter, Observation observation, Instant now) {
        Set<Observation.Slot> active = repository.active(meter.meterId());
        List<ConditionChange> changes = new ArrayList<>();
        for (Observation.Slot slot : observation.judged()) {
            Map<String, Object> details = observation.abnormal().get(slot);
            boolean isActive = active.contains(slot);
            if (details != null && !isActive && repository.insert(meter.meterId(), slot, now, details)) {
                journal.append(event(meter, slot, true, details, now));
                changes.add(new ConditionChange(slot.system(), slot.condition(), true));
            } else if (details == null && isActive && repository.delete(meter.meterId(), slot)) {
                journal.append(event(meter, slot, false, Map.of(), now));
                changes.add(new ConditionChange(slot.system(), slot.condition(), false));
            }
        }
        changes.sort(Comparator.comparingInt(ConditionChange::system)
                .thenComparing(ConditionChange::condition));
        return changes;
    }

    /**
     * The event of a transition. Its message is stored text, so it is English (the bundle's default language); the
     * condition's code is in the data for pages that show it in the reader's language.
     */
    private NewEvent event(MeterRef meter, Observation.Slot slot, boolean raised, Map<String, Object> details,
                           Instant at) {
        Map<String, Object> data = new LinkedHashMap<>(details);
        data.put("meterId", meter.meterId());
        if (slot.system() != 0) {
            data.put("system", slot.system());
        }
        data.put("condition", slot.condition().name());
        String title = messages.getMessage(slot.condition().messageKey(), null, slot.condition().name(),
                Locale.ENGLISH);
        String where = slot.system() == 0 ? meter.name() : meter.name() + ", system " + slot.system();
        String message = raised ? where + ": " + title : where + ": " + title + " ended";
        return NewEvent.of(meter.orgId(), at, raised ? ABNORMAL : NORMAL,
                        raised ? slot.condition().severity() : EventSeverity.INFO, message)
                .device(meter.deviceId(), meter.siteId(), meter.zoneId()).source(SOURCE).data(data);
    }
}
