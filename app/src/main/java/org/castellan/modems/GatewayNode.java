package org.castellan.modems;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.castellan.gateway.GatewaySettings;
import org.castellan.gateway.ModemChannel;
import org.castellan.gateway.ModemChannelException;
import org.castellan.gateway.ModemListener;
import org.castellan.gateway.ModemOfflineException;
import org.castellan.gateway.ModemPort;
import org.castellan.gateway.PollerPortMode;
import org.castellan.gateway.SessionKey;
import org.castellan.gateway.SharingPolicy;
import org.castellan.irz.ident.AtImeiRecogniser;
import org.castellan.irz.ident.DeviceId;
import org.castellan.irz.ident.IdKind;
import org.castellan.irz.ident.IdentificationChain;
import org.castellan.irz.ident.LengthPrefixedImeiRecogniser;
import org.castellan.irz.ident.ModemIdentity;
import org.castellan.notify.NotificationService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The modem gateway inside this process (the platform server, the demo, or {@code castellan gateway}): the
 * {@code gateway} module's listener on {@code castellan.gateway.ports}, its allow-list and poller ports from the
 * registry ({@link RegistryDirectory}), its session events written back by {@link SessionRecorder}, notifications
 * after the grace period ({@link ModemAlerts}) and people's commands run by {@link CommandWorker}.
 *
 * <p><b>Lifecycle:</b> starts after the database is migrated (a {@link SmartLifecycle} in the last phase); on
 * start every modem this node left online is marked offline ({@code restart}), since none of its sessions survived.
 * On stop the listener closes every session ({@code shutdown}) and the recorder writes what is queued.
 */
@Component
@ConditionalOnProperty(name = "castellan.gateway.enabled", havingValue = "true", matchIfMissing = true)
public class GatewayNode implements SmartLifecycle {
    private static final Logger LOG = System.getLogger(GatewayNode.class.getName());

    private final GatewayProperties properties;
    private final ModemReports reports;
    private final ModemCommandRepository commands;
    private final NotificationService notifications;
    private final ObjectProvider<WakeChannel> wake;
    private final Clock clock = Clock.systemUTC();
    private final String node;
    private volatile ModemListener listener;
    private volatile RegistryDirectory directory;
    private SessionRecorder recorder;
    private ModemAlerts alerts;
    private CommandWorker worker;
    private volatile boolean running;

    private final MeterRegistry meters;

    GatewayNode(GatewayProperties properties, ModemReports reports, ModemCommandRepository commands,
                NotificationService notifications, ObjectProvider<WakeChannel> wake, MeterRegistry meters) {
        this.meters = meters;
        this.properties = properties;
        this.reports = reports;
        this.commands = commands;
        this.notifications = notifications;
        this.wake = wake;
        this.node = properties.nodeName();
    }

    @Override
    public synchronized void start() {
        int stale = reports.nodeOffline(node, "restart", clock.instant());
        if (stale > 0) {
            LOG.log(Level.INFO, "{0} modems left online by this node''s last run are offline now", stale);
        }
        alerts = new ModemAlerts(notifications, properties.notifyGrace());
        recorder = new SessionRecorder(reports, alerts, node, clock);
        directory = new RegistryDirectory(properties.unknownModems() == GatewayProperties.UnknownModems.REGISTER,
                properties.pollerPortBase(), bound -> recorder.later(() -> portBound(bound)), this::refused);
        reports.all().forEach(directory::put);
        recorder.start(directory);
        try {
            IdentificationChain chain = chain();
            List<ModemPort> ports = properties.ports().stream()
                    .map(port -> new ModemPort(properties.host(), port, chain)).toList();
            listener = ModemListener.start(settings(ports.get(0).port(), chain), ports, directory, recorder);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while binding the modem ports", e);
        }
        worker = new CommandWorker(commands, reports, recorder, Optional.ofNullable(wake.getIfAvailable()), node,
                properties.commandTimeout().multipliedBy(properties.commandRetries() + 1L).plusSeconds(5), clock);
        worker.start(listener);
        registerMetrics(listener, recorder);
        running = true;
        LOG.log(Level.INFO, "modem gateway node {0}: modem ports {1}, poller ports {2} from {3}, shared poller port {4}",
                node, modemPorts(), properties.pollerPorts(), String.valueOf(properties.pollerPortBase()),
                String.valueOf(sharedPollerPort()));
    }

    @Override
    public synchronized void stop() {
        running = false;
        try {
            if (worker != null) {
                worker.stop();
            }
            if (listener != null) {
                listener.close();
                listener = null;
            }
            if (recorder != null) {
                recorder.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (alerts != null) {
                alerts.close();
            }
            reports.nodeOffline(node, "shutdown", clock.instant());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100; // after the database and the web server; stops before them
    }

    /** @return the modem ports bound (the OS-picked ones when configured as 0) */
    public List<Integer> modemPorts() {
        ModemListener current = listener;
        return current == null ? List.of() : current.ports();
    }

    /** @return the shared poller port bound, or -1 */
    public int sharedPollerPort() {
        ModemListener current = listener;
        return current == null ? -1 : current.sharedPollerPort().orElse(-1);
    }

    /** @return the listener, for the demo's in-process meter reading; null while stopped */
    public ModemListener listener() {
        return listener;
    }

    /**
     * Opens an in-process channel to the serial side of a modem (the meter reader's way in), as a poller on its port
     * would reach it.
     *
     * @throws ModemOfflineException when the modem has no session on this node now (or the node is stopped)
     * @throws ModemBusyException    when another poller holds it exclusively
     */
    public ModemChannel channel(String imei, int channel) throws ModemChannelException {
        ModemListener current = listener;
        // a registration-packet identifier that is not an IMEI is keyed by its own kind (RegistryDirectory does so)
        SessionKey key = RegistryDirectory.sessionKey(imei, channel)
                .orElseGet(() -> new SessionKey(new DeviceId(IdKind.TEXT, imei), channel));
        if (current == null) {
            throw new ModemOfflineException(key);
        }
        return current.channel(key);
    }

    /** A registry change committed: the allow-list, names, sharing and ports follow. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(ModemChanged change) {
        RegistryDirectory target = directory;
        if (target == null || recorder == null) {
            return;
        }
        recorder.later(() -> {
            Optional<Modem> modem = reports.byId(change.modemId());
            if (modem.isEmpty()) {
                target.keys().stream().filter(k -> target.modemId(k) == change.modemId()).findFirst()
                        .ifPresent(target::remove);
                return;
            }
            target.put(modem.get());
            RegistryDirectory.sessionKey(modem.get().imei(), modem.get().channel())
                    .flatMap(key -> listener == null ? Optional.empty() : listener.sessions().find(key))
                    .filter(session -> !session.sharing().name().equals(modem.get().sharing().name()))
                    .ifPresent(session -> session.sharing(SharingPolicy.valueOf(modem.get().sharing().name())));
        });
    }

    /** Every modem port accepts the iRZ {@code AT$IMEI=} line and the length-prefixed IMEI (irz-modem.md §1, §6). */
    private IdentificationChain chain() {
        return IdentificationChain.builder(clock)
                .then(AtImeiRecogniser.defaults(clock))
                .then(LengthPrefixedImeiRecogniser.plain())
                .timeLimit(properties.identificationLimit())
                .build();
    }

    private GatewaySettings settings(int port, IdentificationChain chain) {
        return GatewaySettings.defaults(properties.host(), port, chain)
                .withSilence(properties.silence())
                .withStatusRefresh(properties.statusRefresh())
                .withCommands(properties.commandTimeout(), properties.commandRetries())
                .withPollerPorts(PollerPortMode.valueOf(properties.pollerPorts().name()))
                .withSharedPollerPort(properties.sharedPollerPort())
                .withExclusive(properties.exclusive())
                .withClock(clock);
    }

    /**
     * The gateway's counters as {@code castellan.gateway.*} metrics (what was refused, dropped or closed, by reason),
     * sessions online, and session events the recorder had to drop because the database fell behind.
     */
    private void registerMetrics(ModemListener target, SessionRecorder events) {
        target.counters().snapshot().keySet().forEach(name -> FunctionCounter.builder("castellan." + name, target,
                        l -> l.counters().snapshot().getOrDefault(name, 0L))
                .tag("node", node).register(meters));
        Gauge.builder("castellan.gateway.sessions.online", target,
                        l -> l.sessions().all().stream().filter(org.castellan.gateway.ModemSession::online).count())
                .tag("node", node).register(meters);
        FunctionCounter.builder("castellan.gateway.recorder.dropped", events, SessionRecorder::dropped)
                .tag("node", node).register(meters);
    }

    private void portBound(RegistryDirectory.PortBound bound) {
        long id = directory.modemId(bound.key());
        if (id > 0) {
            reports.pollerPort(id, bound.port());
        }
    }

    private void refused(ModemIdentity identity) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(identity.fields());
        fields.remove("PSW"); // the modem's password is also its SMS password: never stored
        recorder.later(() -> reports.refused(identity.id().value(), identity.channel(), fields, null, clock.instant()));
    }
}
