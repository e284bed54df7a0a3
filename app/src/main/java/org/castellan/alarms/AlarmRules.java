package org.castellan.alarms;

import static org.castellan.alarms.AlarmRule.end;
import static org.castellan.alarms.AlarmRule.raise;
import static org.castellan.alarms.AlarmSeverity.CRITICAL;
import static org.castellan.alarms.AlarmSeverity.MAJOR;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.castellan.events.Event;
import org.castellan.events.EventObserver;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Alarms raised by rules over stored events (docs/architecture.md "alarms"): a table of {@link AlarmRule} rows by
 * event kind. Later issues add rows to {@link #RULES}; severities can be overridden per alarm type
 * ({@code castellan.alarms.severity[<type>]}). Offline detection is {@link OfflineWatch}; this class only clears
 * its alarms when the device is back. An alarm's source is the event's device (else site, else organization),
 * narrowed by the event's {@code condition} and {@code system} data when it has them (see {@link #sourceKey}).
 *
 * <p><b>Threading and cost:</b> called by the journal on its dispatch thread (and on committing threads) for every
 * stored event, so an event no rule matches costs one hash lookup. A matching event is handled in a transaction
 * of its own: observers run after the event's transaction committed, when joining it would write into a
 * transaction that never commits again.
 */
@Component
@Order(0)
public class AlarmRules implements EventObserver {
    /** The built-in rules: what the issues' event kinds mean as alarms. */
    public static final List<AlarmRule> RULES = List.of(
            raise("modem.gpi", "modem.input", MAJOR),
            raise("metering.abnormal", "meter.abnormal", MAJOR),
            end("metering.normal", "meter.abnormal"),
            raise("access.duress", "duress", CRITICAL),
            raise("access.temperature_denied", "temperature.denied", MAJOR),
            raise("access.door_forced", "door.forced", CRITICAL),
            raise("access.door_held", "door.held", MAJOR),
            end("access.door_closed", "door.held"),
            end("device.online", OfflineWatch.OFFLINE),
            end("device.online", OfflineWatch.FAULT));

    private static final int MAX_SOURCE_KEY = 100;

    private final Map<String, List<AlarmRule>> byEvent;
    private final AlarmService alarms;
    private final AlarmProperties properties;
    private final TransactionTemplate transaction;

    AlarmRules(AlarmService alarms, AlarmProperties properties, PlatformTransactionManager transactions) {
        this.alarms = alarms;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        Map<String, List<AlarmRule>> index = new HashMap<>();
        for (AlarmRule rule : RULES) {
            index.merge(rule.eventType(), List.of(rule), (a, b) -> java.util.stream.Stream.concat(a.stream(),
                    b.stream()).toList());
        }
        this.byEvent = Map.copyOf(index);
    }

    @Override
    public void stored(Event event) {
        List<AlarmRule> rules = byEvent.get(event.type());
        if (rules == null) {
            return; // also every alarm.* event: no rule has an alarm.* kind, so alarms never raise alarms
        }
        transaction.executeWithoutResult(status -> rules.forEach(rule -> apply(rule, event)));
    }

    private void apply(AlarmRule rule, Event event) {
        String source = sourceKey(event);
        switch (rule) {
            case AlarmRule.Raise r -> alarms.raise(new AlarmSignal(event.orgId(), r.alarmType(), source,
                    event.deviceId(), event.siteId(), event.zoneId(),
                    properties.severity().getOrDefault(r.alarmType(), r.severity()), event.message(),
                    details(event), event.occurredAt()));
            case AlarmRule.End e -> alarms.conditionEnded(event.orgId(), source, e.alarmType(), event.occurredAt());
        }
    }

    /**
     * What an alarm from this event is about: its device, else its site, else its organization; narrowed to one
     * condition (and system) when the event's data names them — {@code device:<id>/system:<n>/<condition>} — so that
     * one device can have an open alarm of the type per condition (a heat meter's {@code meter.abnormal} per system
     * and condition). The raising and the ending event carry the same data, so they meet on the same key.
     */
    static String sourceKey(Event event) {
        String key;
        if (event.deviceId() != null) {
            key = AlarmSignal.device(event.deviceId());
        } else {
            key = event.siteId() != null ? "site:" + event.siteId() : "org:" + event.orgId();
        }
        Object condition = event.data().get("condition");
        if (condition == null || condition.toString().isBlank()) {
            return key;
        }
        Object system = event.data().get("system");
        String narrowed = key + (system == null ? "" : "/system:" + system) + "/" + condition;
        // alarm.source_key is varchar(100): a longer condition name keeps its start (conditions are short codes)
        return narrowed.length() > MAX_SOURCE_KEY ? narrowed.substring(0, MAX_SOURCE_KEY) : narrowed;
    }

    private static Map<String, Object> details(Event event) {
        Map<String, Object> details = new LinkedHashMap<>(event.data());
        details.put("eventId", event.id());
        details.put("eventType", event.type());
        return details;
    }
}
