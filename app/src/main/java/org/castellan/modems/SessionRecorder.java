package org.castellan.modems;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.castellan.gateway.ConnectionSummary;
import org.castellan.gateway.ModemSession;
import org.castellan.gateway.OfflineReason;
import org.castellan.gateway.SessionKey;
import org.castellan.gateway.SessionListener;
import org.castellan.gateway.StatusReport;
import org.castellan.irz.command.CommandEvent;
import org.castellan.irz.command.GpioPin;
import org.castellan.irz.ident.ModemIdentity;

/**
 * The gateway's session events, written to the registry in order by one thread. Event loops only queue (a bounded
 * queue: when the database falls behind by {@value #CAPACITY} events, further ones are dropped and counted rather
 * than stalling modems), and the recorder thread calls {@link ModemReports}, then tells {@link ModemAlerts}.
 *
 * <p><b>Lifecycle:</b> {@link #start}, then events, then {@link #stop} which drains what is queued.
 * <p><b>Threading:</b> listener methods from any thread; everything else on the recorder thread.
 */
final class SessionRecorder implements SessionListener {
    private static final Logger LOG = System.getLogger(SessionRecorder.class.getName());
    static final int CAPACITY = 100_000;
    private static final Runnable STOP = () -> { };

    private final ModemReports reports;
    private final ModemAlerts alerts;
    private final String node;
    private final Clock clock;
    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    /** Modem row ids by session key, for sessions this node has recorded; read by the command worker. */
    private final Map<String, Long> modemIds = new ConcurrentHashMap<>();
    /** The inputs last reported per session, to tell which changed (recorder thread only). */
    private final Map<String, List<GpioPin>> lastPins = new ConcurrentHashMap<>();
    private final Map<String, Modem> online = new ConcurrentHashMap<>();
    private volatile RegistryDirectory directory;
    private Thread thread;

    SessionRecorder(ModemReports reports, ModemAlerts alerts, String node, Clock clock) {
        this.reports = reports;
        this.alerts = alerts;
        this.node = node;
        this.clock = clock;
    }

    void start(RegistryDirectory target) {
        this.directory = target;
        thread = Thread.ofVirtual().name("modem-recorder").start(this::run);
    }

    /** Writes what is queued, then ends the thread. */
    void stop() throws InterruptedException {
        if (thread == null) {
            return;
        }
        queue.put(STOP);
        thread.join(java.time.Duration.ofSeconds(30));
    }

    /** @return the registry ids of modems whose sessions this node holds online now */
    Long[] onlineModemIds() {
        return online.values().stream().map(Modem::id).toArray(Long[]::new);
    }

    /** @return the session key of an online modem held here */
    Optional<SessionKey> onlineKey(long modemId) {
        return online.values().stream().filter(m -> m.id() == modemId).findFirst()
                .flatMap(m -> RegistryDirectory.sessionKey(m.imei(), m.channel()));
    }

    /** @return events dropped because the database fell behind */
    long dropped() {
        return dropped.get();
    }

    /** Runs {@code task} on the recorder thread, after everything queued before it. */
    void later(Runnable task) {
        if (!queue.offer(task)) {
            dropped.incrementAndGet();
        }
    }

    @Override
    public void identified(ModemSession session) {
        ModemIdentity identity = session.identity().orElseThrow(); // identified: it has one
        String remote = session.remote().map(SessionRecorder::address).orElse(null);
        Instant at = clock.instant();
        int port = session.pollerPort();
        later(() -> {
            Map<String, String> fields = new LinkedHashMap<>(identity.fields());
            fields.remove("PSW"); // the modem's password is also its SMS password: never stored
            Modem modem = reports.connected(new ModemReports.Connected(session.key().id().value(),
                    session.key().channel(), fields, identity.model().orElse(null), identity.firmware().orElse(null),
                    identity.simSlot().isPresent() ? identity.simSlot().getAsInt() : null,
                    identity.signal().map(s -> s.known() ? s.csq() : null).orElse(null),
                    identity.signal().flatMap(s -> s.dbm().isPresent() ? Optional.of(s.dbm().getAsInt())
                            : Optional.empty()).orElse(null), remote, node, at));
            if (port > 0) {
                reports.pollerPort(modem.id(), port);
            }
            Modem named = reports.byId(modem.id()).orElse(modem);
            String key = session.key().toString();
            modemIds.put(key, modem.id());
            online.put(key, named);
            directory.put(named);
            alerts.online(named);
        });
    }

    @Override
    public void offline(ModemSession session, OfflineReason reason) {
        Instant at = clock.instant();
        String key = session.key().toString();
        later(() -> {
            Long id = modemIds.get(key);
            online.remove(key);
            if (id == null) {
                return;
            }
            reports.offline(id, reason.metricName(), at);
            reports.byId(id).ifPresent(m -> alerts.offline(m, reason.metricName()));
        });
    }

    @Override
    public void connectionEnded(ModemSession session, ConnectionSummary summary) {
        String key = session.key().toString();
        later(() -> {
            Long id = modemIds.get(key);
            if (id != null) {
                reports.sessionEnded(id, address(summary.remote()), summary.connectedAt(), summary.endedAt(),
                        summary.bytesFromModem(), summary.bytesToModem(), summary.reason().metricName());
            }
        });
    }

    @Override
    public void gpi(ModemSession session, CommandEvent.GpiChanged event) {
        String key = session.key().toString();
        later(() -> {
            Long id = modemIds.get(key);
            if (id == null) {
                return;
            }
            List<GpioPin> before = lastPins.put(key, event.pins());
            Map<Integer, Boolean> changed = new LinkedHashMap<>();
            for (GpioPin pin : event.pins()) {
                GpioPin old = before == null || before.size() < pin.number() ? null : before.get(pin.number() - 1);
                if (pin.isInput() && (old == null || old.high() != pin.high())) {
                    changed.put(pin.number(), pin.high());
                }
            }
            reports.gpi(id, gpio(event.pins()), changed, event.at());
            Modem modem = reports.byId(id).orElse(null);
            if (modem != null) {
                changed.forEach((pin, high) -> alerts.input(modem, pin, !high, high));
            }
        });
    }

    @Override
    public void status(ModemSession session, StatusReport report) {
        String key = session.key().toString();
        later(() -> {
            Long id = modemIds.get(key);
            if (id != null) {
                lastPins.putIfAbsent(key, report.pins());
                reports.status(id, report.signal().known() ? report.signal().csq() : null,
                        report.signal().dbm().isPresent() ? report.signal().dbm().getAsInt() : null,
                        report.temperature(), gpio(report.pins()), null, report.at());
            }
        });
    }

    /** Pins as the modem sends them: {@code 80 82 C0} (irz-modem.md §5). */
    static String gpio(List<GpioPin> pins) {
        return pins.stream().map(p -> String.format("%02X", p.encode())).collect(Collectors.joining(" "));
    }

    private void run() {
        while (true) {
            Runnable task;
            try {
                task = queue.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (task == STOP) {
                return;
            }
            if (task == null) {
                continue;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                // one bad write (a database hiccup) must not end the recorder: log it and go on
                LOG.log(Level.WARNING, "recording a modem event failed", e);
            }
        }
    }

    static String address(SocketAddress address) {
        if (address instanceof InetSocketAddress inet) {
            return inet.getAddress() == null ? inet.getHostString() + ":" + inet.getPort()
                    : inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return address == null ? null : address.toString();
    }
}
