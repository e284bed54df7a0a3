package org.castellan.gsm.modem;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.castellan.gsm.Hex;
import org.castellan.gsm.at.AtResponse;
import org.castellan.gsm.at.CallEnd;
import org.castellan.gsm.pdu.PhoneNumber;
import org.castellan.gsm.pdu.SmsComposer;
import org.castellan.gsm.pdu.SmsSubmit;
import org.castellan.gsm.pdu.SmsSubmitCodec;
import org.castellan.gsm.port.AtPort;
import org.castellan.gsm.port.AtPortUrl;

/**
 * The session with the local GSM modem (seed 004 §5.4): initialises it, sends SMS in PDU mode and places wake-up calls.
 * One command in flight at a time, each with its own timeout ({@link ModemSettings}: 2 s for ordinary commands, 60 s
 * for AT+CMGS); failures are {@link GsmModemException}s that name the command and the modem's error.
 *
 * <p><b>Lifecycle:</b> {@link #open} opens the port and initialises ({@code ATE0}, {@code AT+CMEE=1},
 * {@code AT+CMGF=0}, SIM and registration checks, signal); {@link #over} wraps a port without I/O, and
 * {@link #initialise()} may be called again at any time. {@link #close()} closes the port. After a
 * {@link PortFailureException} or a {@link ModemTimeoutException} the modem may be in any state; the outbox then closes
 * it and opens a new one. <b>Threading:</b> thread-safe; calls are serialised (a second caller waits for the command in
 * flight); {@link #close()} from any thread interrupts a call in flight with a {@link PortFailureException}. Blocking
 * I/O: call from a worker thread (the outbox's), never from an event loop.
 */
public final class GsmModem implements AutoCloseable {

    /** How long initialisation listens after ESC for the modem to finish an answer to input it was waiting for. */
    private static final Duration SETTLE = Duration.ofMillis(100);

    private final AtChannel channel;
    private final ModemSettings settings;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicInteger references = new AtomicInteger(ThreadLocalRandom.current().nextInt(256));

    private GsmModem(AtPort port, ModemSettings settings, Clock clock) {
        this.channel = new AtChannel(port, settings.maxLineLength());
        this.settings = settings;
        this.clock = clock;
    }

    /** @return a session over {@code port}, not yet initialised (no I/O) */
    public static GsmModem over(AtPort port, ModemSettings settings, Clock clock) {
        return new GsmModem(Objects.requireNonNull(port, "port"), Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Opens the port {@code url} names ({@code serial:/dev/ttyUSB0?baud=115200}, {@code tcp://host:port}) and
     * initialises the modem; closes the port again if that fails.
     *
     * @throws IllegalArgumentException when the URL is malformed (before any I/O)
     * @throws GsmModemException        when the port does not open or the modem is not ready
     */
    public static GsmModem open(String url, ModemSettings settings, Clock clock) throws GsmModemException {
        return open(AtPortUrl.parse(url), settings, clock);
    }

    /** Like {@link #open(String, ModemSettings, Clock)}. */
    public static GsmModem open(AtPortUrl url, ModemSettings settings, Clock clock) throws GsmModemException {
        AtPort port;
        try {
            port = url.open(settings.connectTimeout());
        } catch (IOException e) {
            throw new PortFailureException("open " + url, e);
        }
        return open(port, settings, clock);
    }

    /**
     * Initialises the modem on an open port (the emulator's in-memory port, a port the caller opened); closes the port
     * if that fails.
     */
    public static GsmModem open(AtPort port, ModemSettings settings, Clock clock) throws GsmModemException {
        GsmModem modem = over(port, settings, clock);
        try {
            modem.initialise();
            return modem;
        } catch (GsmModemException | RuntimeException e) {
            modem.close();
            throw e;
        }
    }

    /**
     * Brings the modem into the state this session needs and checks it can send: ESC (cancels PDU input a previous
     * session may have left open), {@code AT} (twice if the first is lost, e.g. to autobauding), {@code ATE0},
     * {@code AT+CMEE=1} (numeric errors), {@code AT+CMGF=0} (PDU mode), {@code AT+CPIN?} (READY),
     * {@code AT+CREG?} (registered, unless {@link ModemSettings#requireRegistration()} is off), {@code AT+CSQ}.
     *
     * @throws ModemNotReadyException when there is no SIM, the SIM wants a PIN, or the modem is not registered
     */
    public ModemState initialise() throws GsmModemException {
        lock.lock();
        try {
            settle();
            try {
                ok("AT");
            } catch (ModemTimeoutException first) {
                ok("AT");
            }
            ok("ATE0");
            ok("AT+CMEE=1");
            ok("AT+CMGF=0");
            checkSim();
            AtResponse.Registration registration = queryRegistration();
            if (settings.requireRegistration() && !registration.state().registered()) {
                throw new ModemNotReadyException("AT+CREG?", "not registered on a network: " + registration.state());
            }
            return new ModemState(registration.state(), querySignal(), clock.instant());
        } finally {
            lock.unlock();
        }
    }

    /** @return the signal quality ({@code AT+CSQ}) */
    public AtResponse.SignalQuality signal() throws GsmModemException {
        lock.lock();
        try {
            return querySignal();
        } finally {
            lock.unlock();
        }
    }

    /** @return the network registration ({@code AT+CREG?}) */
    public AtResponse.Registration registration() throws GsmModemException {
        lock.lock();
        try {
            return queryRegistration();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sends {@code text} to {@code number} (GSM 7 bit or UCS-2, concatenated when longer than one message; see
     * {@link SmsComposer}), part after part.
     *
     * @return the message references ({@code +CMGS: <mr>}) of the parts, in order
     * @throws IllegalArgumentException when the number does not parse or the text needs more than 255 parts
     * @throws GsmModemException        when a part fails; the parts before it have been sent
     */
    public List<Integer> sendSms(String number, String text) throws GsmModemException {
        List<SmsSubmit> parts = compose(PhoneNumber.parse(number), text);
        List<Integer> references = new ArrayList<>(parts.size());
        for (SmsSubmit part : parts) {
            references.add(send(part));
        }
        return references;
    }

    /**
     * Sends one PDU: {@code AT+CMGS=<length>}, waits for the prompt, writes the PDU and Ctrl-Z, waits up to
     * {@link ModemSettings#smsTimeout()} for {@code +CMGS: <mr>} and {@code OK}. A prompt that does not come is
     * cancelled with ESC.
     *
     * @return the message reference the modem gave the part
     */
    public int send(SmsSubmit part) throws GsmModemException {
        byte[] pdu = SmsSubmitCodec.encode(part);
        String command = "AT+CMGS=" + SmsSubmitCodec.tpduLength(pdu);
        lock.lock();
        try {
            channel.discardPending();
            channel.sendCommand(command);
            channel.awaitPrompt(command, settings.promptTimeout());
            channel.sendPdu(Hex.compact(pdu));
            Reply reply = channel.awaitFinal(command, settings.smsTimeout(), false);
            if (!reply.result().ok()) {
                throw new ModemErrorException(command, reply.result());
            }
            return reply.first(AtResponse.MessageReference.class)
                    .orElseThrow(() -> reply.missing(command, "+CMGS: <mr>")).value();
        } catch (IOException e) {
            throw new PortFailureException(command, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Composes the parts of a text with this session's {@link ModemSettings#submitOptions()} and its next
     * concatenation reference (no I/O). The references start at a random value, so that a restarted session does not
     * reuse the last one's at once (a phone would join parts of two messages with the same reference).
     *
     * @throws IllegalArgumentException when the text needs more than 255 parts
     */
    public List<SmsSubmit> compose(PhoneNumber to, String text) {
        return SmsComposer.compose(to, text, references.getAndIncrement() & 0xFF, settings.submitOptions());
    }

    /**
     * Calls {@code number} (a voice call, {@code ATD<number>;}) and hangs up with {@code ATH} after {@code ring}, or as
     * soon as the network reports {@code NO CARRIER}, {@code BUSY} or {@code NO ANSWER}. How a GPRS modem is woken up.
     *
     * <p>Works with modems that answer the dial command with {@code OK} at once and with those (MC52i) that answer only
     * when the call ends; see {@link WakeUpCall}.
     *
     * @throws ModemErrorException when the modem refuses to dial ({@code ERROR}, {@code +CME ERROR},
     *                             {@code NO DIALTONE})
     */
    public CallOutcome call(String number, Duration ring) throws GsmModemException {
        PhoneNumber to = PhoneNumber.parse(number);
        if (ring.isNegative() || ring.isZero()) {
            throw new IllegalArgumentException("ring time must be positive, not " + ring);
        }
        String dial = "ATD" + to.dialString() + ";";
        lock.lock();
        try {
            Instant started = clock.instant();
            Optional<CallEnd> remoteEnd;
            try {
                channel.discardPending();
                channel.sendCommand(dial);
                remoteEnd = WakeUpCall.ring(channel, dial, ring);
            } catch (IOException e) {
                throw new PortFailureException(dial, e);
            }
            WakeUpCall.hangUp(channel, settings.commandTimeout());
            return new CallOutcome(to, started, Duration.between(started, clock.instant()), remoteEnd);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sends any command and waits {@code timeout} for its final result (for what this class has no method for, e.g.
     * {@code AT+CGMM}).
     *
     * @return the information responses before {@code OK}
     * @throws ModemErrorException when the final result is not {@code OK}
     */
    public List<AtResponse> command(String command, Duration timeout) throws GsmModemException {
        lock.lock();
        try {
            Reply reply = execute(command, timeout, false);
            if (!reply.result().ok()) {
                throw new ModemErrorException(command, reply.result());
            }
            return reply.information();
        } finally {
            lock.unlock();
        }
    }

    /** @return lines the session dropped for exceeding {@link ModemSettings#maxLineLength()} */
    public long overlongLines() {
        return channel.overlongLines();
    }

    /** Closes the port; a call in flight ends with a {@link PortFailureException}. Idempotent. */
    @Override
    public void close() {
        try {
            channel.port().close();
        } catch (IOException e) {
            // closing a broken port: nothing left to release
        }
    }

    @Override
    public String toString() {
        return "GSM modem on " + channel.port();
    }

    private void settle() throws GsmModemException {
        try {
            channel.sendRaw(AtChannel.ESC);
            long deadline = AtChannel.deadline(SETTLE);
            while (channel.next(deadline) != null) {
                // whatever a previous session's command or the ESC produces is not an answer to ours
            }
            channel.discardPending();
        } catch (IOException e) {
            throw new PortFailureException("ESC", e);
        }
    }

    private void checkSim() throws GsmModemException {
        Reply reply = execute("AT+CPIN?", settings.commandTimeout(), false);
        if (!reply.result().ok()) {
            throw new ModemNotReadyException("AT+CPIN?", "SIM not ready: " + reply.result());
        }
        AtResponse.PinStatus pin = reply.first(AtResponse.PinStatus.class)
                .orElseThrow(() -> reply.missing("AT+CPIN?", "+CPIN: <code>"));
        if (!pin.ready()) {
            throw new ModemNotReadyException("AT+CPIN?", "SIM not ready: it waits for " + pin.code());
        }
    }

    private AtResponse.Registration queryRegistration() throws GsmModemException {
        Reply reply = okReply("AT+CREG?");
        // the read command's answer carries <n>; an unsolicited +CREG that slipped in does not
        return reply.information().stream()
                .filter(r -> r instanceof AtResponse.Registration g && g.mode().isPresent())
                .map(AtResponse.Registration.class::cast).findFirst()
                .orElseThrow(() -> reply.missing("AT+CREG?", "+CREG: <n>,<stat>"));
    }

    private AtResponse.SignalQuality querySignal() throws GsmModemException {
        Reply reply = okReply("AT+CSQ");
        return reply.first(AtResponse.SignalQuality.class).orElseThrow(() -> reply.missing("AT+CSQ", "+CSQ"));
    }

    private void ok(String command) throws GsmModemException {
        okReply(command);
    }

    private Reply okReply(String command) throws GsmModemException {
        Reply reply = execute(command, settings.commandTimeout(), false);
        if (!reply.result().ok()) {
            throw new ModemErrorException(command, reply.result());
        }
        return reply;
    }

    private Reply execute(String command, Duration timeout, boolean dial) throws GsmModemException {
        try {
            channel.discardPending();
            channel.sendCommand(command);
            return channel.awaitFinal(command, timeout, dial);
        } catch (IOException e) {
            throw new PortFailureException(command, e);
        }
    }

    private static long deadline(Duration timeout) {
        return System.nanoTime() + timeout.toNanos();
    }
}
