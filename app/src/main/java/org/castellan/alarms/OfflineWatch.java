package org.castellan.alarms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.castellan.devices.Device;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceService;
import org.castellan.devices.DeviceState;
import org.castellan.events.Event;
import org.castellan.events.EventObserver;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Precise offline detection (docs/architecture.md "alarms"): a device that becomes OFFLINE or FAULT (not
 * {@link DeviceState#active()}) is due for an alarm at the time it changed + {@link AlarmProperties#offlineAfter}
 * of its kind. One timer per due time, not a periodic scan: the alarm comes at the due instant, not up to a
 * minute later. When due, the device's state is read again; still not active → a MAJOR {@value #OFFLINE} or
 * {@value #FAULT} alarm with source {@code device:<id>}. {@code device.online} before that cancels the timer; after
 * it, {@link AlarmRules} clears the alarm. At start, every device already OFFLINE or FAULT is scheduled from its
 * {@code state_since}.
 *
 * <p><b>Threading:</b> events arrive on journal threads; due times fire on one scheduler thread ("offline-watch").
 * Time comes from the injected {@link Clock}; tests drive {@link #checkDue(Instant)} with a clock of their own.
 */
@Component
public class OfflineWatch implements EventObserver, SmartLifecycle {
    public static final String OFFLINE = "device.offline";
    public static final String FAULT = "device.fault";
    private static final Logger log = LoggerFactory.getLogger(OfflineWatch.class);

    /**
     * A device waiting for its due time. It is in {@link #pending} before its timer is scheduled, so a timer that
     * fires at once always finds it; the timer is set afterwards only so that a cancel can drop it early.
     */
    static final class Due {
        final long deviceId;
        final Instant at;
        volatile ScheduledFuture<?> timer;

        Due(long deviceId, Instant at) {
            this.deviceId = deviceId;
            this.at = at;
        }

        void cancelTimer() {
            ScheduledFuture<?> t = timer;
            if (t != null) {
                t.cancel(false);
            }
        }
    }

    private final DeviceService devices;
    private final AlarmService alarms;
    private final AlarmProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final Map<Long, Due> pending = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor timers;
    private volatile boolean running;

    OfflineWatch(DeviceService devices, AlarmService alarms, AlarmProperties properties, Clock clock,
                 PlatformTransactionManager transactions) {
        this.devices = devices;
        this.alarms = alarms;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.timers = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "offline-watch");
            t.setDaemon(true);
            return t;
        });
        this.timers.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void stored(Event event) {
        if (event.deviceId() == null) {
            return;
        }
        switch (event.type()) {
            case OFFLINE, FAULT -> lookup(event.deviceId())
                    .ifPresent(d -> schedule(d.id(), event.occurredAt().plus(properties.offlineAfter(d.kind()))));
            case "device.online" -> cancel(event.deviceId());
            default -> { }
        }
    }

    /** Raises the alarms due at or before {@code now}; the timers call it with the clock's time. */
    void checkDue(Instant now) {
        for (Due due : pending.values()) {
            if (!due.at.isAfter(now) && pending.remove(due.deviceId, due)) {
                try {
                    transaction.executeWithoutResult(status -> fire(due));
                } catch (RuntimeException e) {
                    log.error("Offline alarm for device {} failed: {}", due.deviceId, e.toString(), e);
                }
            }
        }
    }

    /** When each watched device is due, for tests and diagnostics. */
    Map<Long, Instant> dueTimes() {
        Map<Long, Instant> result = new java.util.TreeMap<>();
        pending.forEach((id, due) -> result.put(id, due.at));
        return result;
    }

    private void fire(Due due) {
        Optional<Device> found = lookup(due.deviceId);
        if (found.isEmpty() || found.get().state().active() || found.get().state() == DeviceState.UNKNOWN) {
            return;
        }
        Device d = found.get();
        String type = d.state() == DeviceState.FAULT ? FAULT : OFFLINE;
        String source = AlarmSignal.device(d.id());
        if (alarms.isOpen(d.orgId(), source, type)) {
            return; // already raised (e.g. before a restart): nothing new happened
        }
        Duration after = properties.offlineAfter(d.kind());
        alarms.raise(new AlarmSignal(d.orgId(), type, source, d.id(), d.siteId(), d.zoneId(), AlarmSeverity.MAJOR,
                d.name() + ": " + (type.equals(FAULT) ? "fault" : "offline") + " for " + after.toMinutes() + " min",
                Map.of("state", d.state().name(), "since", d.stateSince().toString(), "threshold", after.toString()),
                due.at));
    }

    private void schedule(long deviceId, Instant at) {
        Due due = new Due(deviceId, at);
        Due previous = pending.put(deviceId, due);
        if (previous != null) {
            previous.cancelTimer();
        }
        long delay = Math.max(0, Duration.between(clock.instant(), at).toNanos());
        try {
            due.timer = timers.schedule(() -> checkDue(clock.instant()), delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            pending.remove(deviceId, due); // stopping: the next start schedules from the devices' state
        }
    }

    private void cancel(long deviceId) {
        Due previous = pending.remove(deviceId);
        if (previous != null) {
            previous.cancelTimer();
        }
    }

    private Optional<Device> lookup(long deviceId) {
        try {
            return Optional.of(devices.device(CurrentUser.system(), deviceId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Schedules every device that is already OFFLINE or FAULT from the time it became so. */
    @Override
    public void start() {
        running = true;
        try {
            for (DeviceKind kind : DeviceKind.values()) {
                for (Device d : devices.allOfKind(kind)) {
                    if (d.state() == DeviceState.OFFLINE || d.state() == DeviceState.FAULT) {
                        Instant since = d.stateSince() == null ? clock.instant() : d.stateSince();
                        schedule(d.id(), since.plus(properties.offlineAfter(kind)));
                    }
                }
            }
        } catch (RuntimeException e) {
            log.error("Could not schedule the devices that are offline at start: {}", e.toString(), e);
        }
    }

    @Override
    public void stop() {
        running = false;
        timers.shutdownNow();
        pending.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
