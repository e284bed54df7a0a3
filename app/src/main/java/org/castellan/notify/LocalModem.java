package org.castellan.notify;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.castellan.gsm.modem.CallOutcome;
import org.castellan.gsm.modem.ModemSettings;
import org.castellan.gsm.outbox.GsmOutbox;
import org.castellan.gsm.outbox.JobState;
import org.castellan.gsm.outbox.JobStatus;
import org.castellan.gsm.outbox.ModemConnector;
import org.castellan.gsm.outbox.OutboxSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The local GSM modem (seed 004 §5.4) when {@code castellan.gsm.port} is set: the {@code gsm} module's outbox in
 * front of it, so SMS notifications and wake-up calls queue, retry and never block their callers ("the command is
 * put in a queue of commands issued before"). Every job's end is logged; a failed one with the modem's reason.
 *
 * <p><b>Lifecycle:</b> the outbox starts with the application and opens the port at the first job; closed at
 * shutdown, failing what still waits. <b>Threading:</b> thread-safe.
 */
@Component
@ConditionalOnExpression("!'${castellan.gsm.port:}'.isBlank()")
public class LocalModem implements SmsGateway, AutoCloseable {
    private static final Logger LOG = System.getLogger(LocalModem.class.getName());

    private final GsmOutbox outbox;
    private final String port;

    LocalModem(GsmProperties properties, Clock clock) {
        this.port = properties.port();
        OutboxSettings settings = OutboxSettings.defaults().withCapacity(properties.capacity())
                .withRetries(properties.attempts(), properties.firstRetry(), 2.0, properties.firstRetry().multipliedBy(8));
        this.outbox = GsmOutbox.start(ModemConnector.of(port, ModemSettings.defaults(), clock), settings, clock,
                LocalModem::log);
    }

    @Override
    public CompletableFuture<Void> send(String number, String text) {
        return outbox.sendSms(number, text).result().thenApply(references -> null);
    }

    /** Rings {@code number} for {@code ring} (how many GPRS modems are woken); @return how the call went */
    public CompletableFuture<CallOutcome> call(String number, Duration ring) {
        return outbox.call(number, ring).result();
    }

    /** @return the port URL, for messages */
    public String port() {
        return port;
    }

    private static void log(JobStatus status) {
        if (status.state() == JobState.FAILED) {
            LOG.log(Level.WARNING, "GSM modem: {0}", status);
        } else if (status.state() == JobState.SENT) {
            LOG.log(Level.INFO, "GSM modem: {0}", status);
        }
    }

    @Override
    public void close() {
        outbox.close();
    }
}
