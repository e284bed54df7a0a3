package org.castellan.modems;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.castellan.notify.Notice;
import org.castellan.notify.NotificationService;

/**
 * Turns modem events into notifications after a grace period, so a flapping link or input notifies nobody (seed 004
 * §5.4: operators learn when a modem is lost and when it is back, and when a monitored input changes).
 * <ul>
 *   <li>Offline: notified when the modem is still offline {@code grace} later; back within the grace period is a
 *       flap and notifies nothing. "Back online" is notified only after a notified loss, at once.</li>
 *   <li>GPI: an input's new level is notified when it still holds {@code grace} later; a change back to the last
 *       notified level within the grace period cancels it.</li>
 * </ul>
 * Registered modems only (a notice belongs to an organization).
 *
 * <p><b>Threading:</b> thread-safe (guarded by this object's monitor); timers run on one daemon thread.
 */
final class ModemAlerts implements AutoCloseable {

    private final NotificationService notifications;
    private final Duration grace;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "modem-alerts");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, ScheduledFuture<?>> pendingOffline = new HashMap<>();
    private final Map<Long, Boolean> notifiedOffline = new HashMap<>();
    private final Map<String, ScheduledFuture<?>> pendingInput = new HashMap<>();
    private final Map<String, Boolean> notifiedLevel = new HashMap<>();

    ModemAlerts(NotificationService notifications, Duration grace) {
        this.notifications = notifications;
        this.grace = grace;
    }

    /** The modem went offline. */
    synchronized void offline(Modem modem, String reason) {
        if (modem.pending() || pendingOffline.containsKey(modem.id())) {
            return;
        }
        pendingOffline.put(modem.id(), timers.schedule(() -> fireOffline(modem, reason), grace.toNanos(),
                TimeUnit.NANOSECONDS));
    }

    /** The modem is online again. */
    synchronized void online(Modem modem) {
        ScheduledFuture<?> pending = pendingOffline.remove(modem.id());
        if (pending != null) {
            pending.cancel(false); // back within the grace period: a flap
            return;
        }
        if (notifiedOffline.remove(modem.id()) != null && !modem.pending()) {
            notifications.send(new Notice(modem.orgId(), "notify.modem.online.subject", "notify.modem.online.body",
                    List.of(modem.name(), modem.key())));
        }
    }

    /**
     * An input changed.
     *
     * @param before the level before this change (the last known one)
     */
    synchronized void input(Modem modem, int pin, boolean before, boolean now) {
        if (modem.pending()) {
            return;
        }
        String key = modem.id() + "/" + pin;
        notifiedLevel.putIfAbsent(key, before);
        ScheduledFuture<?> pending = pendingInput.remove(key);
        if (pending != null) {
            pending.cancel(false);
        }
        if (notifiedLevel.get(key) == now) {
            return; // back to the level people know: nothing to say
        }
        pendingInput.put(key, timers.schedule(() -> fireInput(modem, key, pin, now), grace.toNanos(),
                TimeUnit.NANOSECONDS));
    }

    private synchronized void fireOffline(Modem modem, String reason) {
        if (pendingOffline.remove(modem.id()) == null) {
            return;
        }
        notifiedOffline.put(modem.id(), true);
        notifications.send(new Notice(modem.orgId(), "notify.modem.offline.subject", "notify.modem.offline.body",
                List.of(modem.name(), modem.key(), reason)));
    }

    private synchronized void fireInput(Modem modem, String key, int pin, boolean level) {
        if (pendingInput.remove(key) == null) {
            return;
        }
        notifiedLevel.put(key, level);
        notifications.send(new Notice(modem.orgId(), "notify.modem.gpi.subject", "notify.modem.gpi.body",
                List.of(modem.name(), modem.key(), pin, level ? 1 : 0)));
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }
}
