package org.castellan.modems;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.castellan.gateway.ModemCommands;
import org.castellan.gateway.ModemListener;
import org.castellan.gateway.SessionKey;
import org.castellan.irz.command.CommandAnswer;
import org.castellan.irz.command.CommandRequest;
import org.castellan.irz.command.ExpectedAnswer;
import org.castellan.irz.command.GpioPin;

/**
 * Runs the commands people asked of modems this node holds: claims them from {@code modem_command} (polling every
 * {@value #POLL_MS} ms, which keeps a standalone gateway and the web server apart without a broker), sends them
 * through the session's 0x0C command channel and writes the answer. Wake-ups go to the {@link WakeChannel} when
 * this node has a GSM modem. Each claimed command runs on its own virtual thread, so a modem that takes 20 s does
 * not hold up others.
 *
 * <p><b>Lifecycle:</b> {@link #start} and {@link #stop} with the gateway node. <b>Threading:</b> one poller thread.
 */
final class CommandWorker {
    private static final Logger LOG = System.getLogger(CommandWorker.class.getName());
    static final long POLL_MS = 250;

    private final ModemCommandRepository repository;
    private final ModemReports reports;
    private final SessionRecorder recorder;
    private final Optional<WakeChannel> wake;
    private final String node;
    private final Duration limit;
    private final Clock clock;
    private volatile ModemListener listener;
    private volatile boolean running;
    private Thread thread;

    CommandWorker(ModemCommandRepository repository, ModemReports reports, SessionRecorder recorder,
                  Optional<WakeChannel> wake, String node, Duration limit, Clock clock) {
        this.repository = repository;
        this.reports = reports;
        this.recorder = recorder;
        this.wake = wake;
        this.node = node;
        this.limit = limit;
        this.clock = clock;
    }

    void start(ModemListener target) {
        listener = target;
        running = true;
        thread = Thread.ofVirtual().name("modem-commands").start(this::run);
    }

    void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(Duration.ofSeconds(5));
        }
    }

    private void run() {
        while (running) {
            try {
                Optional<ModemCommand> claimed = repository.claim(node, recorder.onlineModemIds(), wake.isPresent());
                if (claimed.isPresent()) {
                    ModemCommand command = claimed.get();
                    Thread.ofVirtual().name("modem-command-" + command.id()).start(() -> execute(command));
                    continue;
                }
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "claiming modem commands failed; retrying", e);
                try {
                    Thread.sleep(Duration.ofSeconds(1));
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void execute(ModemCommand command) {
        try {
            String answer = answer(command);
            repository.finish(command.id(), answer, clock.instant());
        } catch (ExecutionException e) {
            repository.fail(command.id(), describe(e.getCause()), clock.instant());
        } catch (TimeoutException e) {
            repository.fail(command.id(), "no answer within " + limit.toSeconds() + " s", clock.instant());
        } catch (RuntimeException e) {
            repository.fail(command.id(), describe(e), clock.instant());
        } catch (InterruptedException e) {
            repository.fail(command.id(), "the gateway node stopped", clock.instant());
        }
    }

    private String answer(ModemCommand command)
            throws ExecutionException, TimeoutException, InterruptedException {
        if (command.kind() == CommandKind.WAKE) {
            Modem modem = reports.byId(command.modemId()).orElseThrow();
            return wake.orElseThrow().wake(modem.phone(), modem.model()).get(limit.toNanos(), TimeUnit.NANOSECONDS);
        }
        SessionKey key = recorder.onlineKey(command.modemId())
                .orElseThrow(() -> new IllegalStateException("the modem went offline"));
        ModemCommands commands = listener.sessions().find(key)
                .orElseThrow(() -> new IllegalStateException("the modem went offline")).commands();
        return switch (command.kind()) {
            case SIGNAL -> get(commands.signal().thenApply(s -> {
                reports.status(command.modemId(), s.known() ? s.csq() : null,
                        s.dbm().isPresent() ? s.dbm().getAsInt() : null, null, null, null, clock.instant());
                return "CSQ " + s.csq() + (s.dbm().isPresent() ? " (" + s.dbm().getAsInt() + " dBm)" : "");
            }));
            case GPIO -> {
                List<GpioPin> pins = get(commands.gpio());
                reports.status(command.modemId(), null, null, null, SessionRecorder.gpio(pins), null, clock.instant());
                yield pins(pins);
            }
            case TEMPERATURE -> {
                int celsius = get(commands.temperature());
                reports.status(command.modemId(), null, null, celsius, null, null, clock.instant());
                yield celsius + " °C";
            }
            case ICCID -> {
                String iccid = get(commands.iccid());
                reports.status(command.modemId(), null, null, null, null, iccid, clock.instant());
                yield iccid;
            }
            case STATUS -> status(command.modemId(), commands);
            case OUTPUT -> {
                String[] parts = command.argument().split("=");
                List<GpioPin> pins = get(commands.switchOutput(Integer.parseInt(parts[0]), "1".equals(parts[1])));
                reports.status(command.modemId(), null, null, null, SessionRecorder.gpio(pins), null, clock.instant());
                yield pins(pins);
            }
            case TEXT -> describe(get(commands.submit(textCommand(command.argument()))));
            case WAKE -> throw new IllegalStateException("unreachable");
        };
    }

    private String status(long modemId, ModemCommands commands)
            throws ExecutionException, TimeoutException, InterruptedException {
        var signal = get(commands.signal());
        int celsius = get(commands.temperature());
        List<GpioPin> pins = get(commands.gpio());
        String iccid = get(commands.iccid());
        Integer dbm = signal.dbm().isPresent() ? signal.dbm().getAsInt() : null;
        reports.status(modemId, signal.known() ? signal.csq() : null, dbm, celsius, SessionRecorder.gpio(pins), iccid,
                clock.instant());
        return "CSQ " + signal.csq() + (dbm == null ? "" : " (" + dbm + " dBm)") + ", " + celsius + " °C, GPIO "
                + pins(pins) + ", ICCID " + iccid;
    }

    private <T> T get(CompletableFuture<T> future) throws ExecutionException, TimeoutException, InterruptedException {
        return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** {@code $sim} expects no answer (the modem reconnects on the other SIM); {@code $ussd=0…} and others a text. */
    static CommandRequest textCommand(String text) {
        if (text.equals("$sim")) {
            return CommandRequest.Text.switchSim();
        }
        return new CommandRequest.Text(text + "\r", new ExpectedAnswer.Text());
    }

    private static String pins(List<GpioPin> pins) {
        return pins.stream().map(p -> p.number() + (p.isInput() ? " in " : " out ") + (p.high() ? "1" : "0"))
                .collect(Collectors.joining(", "));
    }

    private static String describe(Object answer) {
        if (answer instanceof CommandAnswer.Text text) {
            return text.text();
        }
        if (answer instanceof CommandAnswer.Sent) {
            return "sent";
        }
        if (answer instanceof Throwable t) {
            return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        }
        return String.valueOf(answer);
    }
}
