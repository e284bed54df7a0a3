package org.castellan.gsm.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.castellan.gsm.at.RegistrationState;
import org.castellan.gsm.pdu.SmsSubmit;
import org.castellan.gsm.port.AtPort;
import org.castellan.gsm.port.InMemoryAtPort;

/**
 * A virtual AT-command GSM modem (an MC52iT as seed 004 §5.4 recommends), for tests and the demo: it answers the
 * commands {@code GsmModem} sends as a real modem would (echo until {@code ATE0}; {@code AT+CMEE}, {@code AT+CMGF=0};
 * {@code AT+CPIN?}, {@code AT+CREG?}, {@code AT+CSQ}; {@code AT+CMGS=<n>}, the {@code > } prompt, the PDU and Ctrl-Z,
 * {@code +CMGS: <mr>}; {@code ATD<n>;} and {@code ATH}), decodes every PDU, and records the messages (joined from
 * their parts) and calls.
 *
 * <p>Served on any {@link AtPort}: {@link #connectInMemory()}, {@link #startTcp} (like ser2net) or {@link #startPty()}
 * (a pseudo-terminal the serial port code opens). Faults on demand: no SIM, a SIM waiting for its PIN, not
 * registered, {@code +CMS ERROR: n} for the next messages, no answer at all, slow answers, scripted call endings,
 * MC52i-style dial results.
 *
 * <p>Thread-safe; one emulated modem state shared by all its connections. Call endings are scheduled in real time,
 * records are stamped with the injected {@link Clock}.
 */
public final class GsmModemEmulator {

    private final EmulatedModem modem;

    public GsmModemEmulator(Clock clock) {
        this.modem = new EmulatedModem(Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Serves the emulator on {@code port} on a new virtual thread.
     *
     * @return the connection; {@link EmulatorConnection#stop()} ends it and closes the port
     */
    public EmulatorConnection serve(AtPort port) {
        EmulatorConnection connection = new EmulatorConnection(modem, port);
        Thread.ofVirtual().name("gsm-emulator-" + port).start(connection);
        return connection;
    }

    /** @return the computer's end of a new in-memory port whose other end this emulator serves */
    public InMemoryAtPort connectInMemory() {
        InMemoryAtPort.Pair pair = InMemoryAtPort.pair();
        serve(pair.modem());
        return pair.computer();
    }

    /**
     * Listens on {@code bind:port} (0 picks a free port).
     *
     * @throws IOException when the port cannot be bound
     */
    public TcpModemServer startTcp(InetAddress bind, int port) throws IOException {
        return TcpModemServer.start(modem, bind, port);
    }

    /** Listens on the loopback interface, on a port the OS picks. */
    public TcpModemServer startTcpOnLoopback() throws IOException {
        return startTcp(InetAddress.getLoopbackAddress(), 0);
    }

    /**
     * Opens a pseudo-terminal and serves the emulator on it ({@link PtyModemServer#available()} says whether the
     * system has them).
     *
     * @throws IOException when no pseudo-terminal can be had
     */
    public PtyModemServer startPty() throws IOException {
        return PtyModemServer.start(modem);
    }

    /** Inserts, removes or PIN-locks the SIM. */
    public void sim(SimState state) {
        modem.sim(Objects.requireNonNull(state, "state"));
    }

    /** Sets what {@code AT+CREG?} reports; messages fail with {@code +CMS ERROR: 331} while not registered. */
    public void registration(RegistrationState state) {
        modem.registration(Objects.requireNonNull(state, "state"));
    }

    /** Sets what {@code AT+CSQ} reports: rssi 0–31 or 99. */
    public void signal(int rssi) {
        if ((rssi < 0 || rssi > 31) && rssi != 99) {
            throw new IllegalArgumentException("rssi must be 0–31 or 99, not " + rssi);
        }
        modem.rssi(rssi);
    }

    /** The next {@code count} PDUs are answered with {@code +CMS ERROR: cmsCode} (500: unknown error), not sent. */
    public void failNextMessages(int count, int cmsCode) {
        failMessages(0, count, cmsCode);
    }

    /**
     * After {@code after} more PDUs go through, the {@code count} following ones are answered with
     * {@code +CMS ERROR: cmsCode} (to fail the second part of a message, say).
     */
    public void failMessages(int after, int count, int cmsCode) {
        if (after < 0 || count < 0) {
            throw new IllegalArgumentException("after and count must not be negative, not " + after + " and " + count);
        }
        modem.failMessages(after, count, cmsCode);
    }

    /** While on, the modem reads and says nothing: no echo, no answer (off, wrong baud rate, wedged). */
    public void silent(boolean on) {
        modem.silent(on);
    }

    /** Delays every answer by {@code delay} (real time). */
    public void answerDelay(Duration delay) {
        modem.answerDelay(Objects.requireNonNull(delay, "delay"));
    }

    /** Sets what the called party does on the next calls. */
    public void callScript(CallScript script) {
        modem.callScript(Objects.requireNonNull(script, "script"));
    }

    /** Sets when the modem answers a voice dial command. */
    public void dialMode(DialMode mode) {
        modem.dialMode(Objects.requireNonNull(mode, "mode"));
    }

    /** @return whether the modem echoes what it receives (on until {@code ATE0}) */
    public boolean echo() {
        return modem.echo();
    }

    /** @return every message whose parts have all arrived, in the order completed */
    public List<SentSms> messages() {
        return modem.messages();
    }

    /** @return every PDU sent successfully, decoded, in order */
    public List<SmsSubmit> parts() {
        return modem.parts();
    }

    /** @return every call that has ended, in order */
    public List<EmulatedCall> calls() {
        return modem.calls();
    }

    /** @return every command line received (and each PDU, followed by {@code <Ctrl-Z>}), in order */
    public List<String> commands() {
        return modem.commands();
    }
}
