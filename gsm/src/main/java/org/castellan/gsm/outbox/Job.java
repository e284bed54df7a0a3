package org.castellan.gsm.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.castellan.gsm.modem.CallOutcome;
import org.castellan.gsm.modem.GsmModem;
import org.castellan.gsm.modem.GsmModemException;
import org.castellan.gsm.pdu.PhoneNumber;
import org.castellan.gsm.pdu.SmsSubmit;

/** One outbox job: what it does with the modem, its status and its future. The status is written by one thread. */
abstract sealed class Job<T> implements OutboxJob<T> permits Job.Sms, Job.Call, Job.Stop {

    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile JobStatus status;

    Job(JobStatus status) {
        this.status = status;
    }

    /** One attempt; for an SMS, the parts not yet sent. */
    abstract T attempt(GsmModem modem) throws GsmModemException;

    @Override
    public long id() {
        return status.id();
    }

    @Override
    public JobStatus status() {
        return status;
    }

    void status(JobStatus newStatus) {
        status = newStatus;
    }

    @Override
    public CompletableFuture<T> result() {
        return result;
    }

    CompletableFuture<T> future() {
        return result;
    }

    @Override
    public String toString() {
        return status.kind() + " job " + status.id() + " to " + status.number();
    }

    /**
     * A text. Composed into parts once, at the first attempt, with one concatenation reference; a retry sends only the
     * parts the modem has not acknowledged, so the phone never shows a part twice nor mixes two references.
     */
    static final class Sms extends Job<List<Integer>> {
        private final PhoneNumber to;
        private final String text;
        private final List<Integer> sent = new ArrayList<>();
        private List<SmsSubmit> parts;

        Sms(JobStatus status, PhoneNumber to, String text) {
            super(status);
            this.to = to;
            this.text = text;
        }

        @Override
        List<Integer> attempt(GsmModem modem) throws GsmModemException {
            if (parts == null) {
                parts = modem.compose(to, text);
            }
            for (int i = sent.size(); i < parts.size(); i++) {
                sent.add(modem.send(parts.get(i)));
            }
            return List.copyOf(sent);
        }
    }

    /** A wake-up call. A retry calls again. */
    static final class Call extends Job<CallOutcome> {
        private final PhoneNumber to;
        private final Duration ring;

        Call(JobStatus status, PhoneNumber to, Duration ring) {
            super(status);
            this.to = to;
            this.ring = ring;
        }

        @Override
        CallOutcome attempt(GsmModem modem) throws GsmModemException {
            return modem.call(to.dialString(), ring);
        }
    }

    /** The marker {@link GsmOutbox#close()} puts at the head of the queue: the worker stops when it takes it. */
    static final class Stop extends Job<Void> {
        Stop() {
            super(new JobStatus(0, JobKind.CALL, "", JobState.QUEUED, 0, java.util.Optional.empty(),
                    java.time.Instant.EPOCH, java.time.Instant.EPOCH));
        }

        @Override
        Void attempt(GsmModem modem) {
            throw new IllegalStateException("the stop marker is never attempted");
        }
    }
}
