package org.castellan.gsm.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.castellan.gsm.GsmDecodingException;
import org.castellan.gsm.at.CallEnd;
import org.castellan.gsm.at.ErrorCodes;
import org.castellan.gsm.at.RegistrationState;
import org.castellan.gsm.pdu.Concatenation;
import org.castellan.gsm.pdu.SmsSubmit;
import org.castellan.gsm.pdu.SmsSubmitCodec;

/**
 * The emulated modem's state and its answers to AT commands, as an MC52iT-like modem gives them: echo until
 * {@code ATE0}, errors as {@code ERROR} / numeric / verbose after {@code AT+CMEE=0|1|2}, PDU mode only, a
 * {@code > } prompt for {@code AT+CMGS=<length>} and the length checked against the PDU ({@code +CMS ERROR: 304} when
 * they differ, as real modems do), message references counting from 0, concatenated parts joined into
 * {@link SentSms}. Thread-safe (every method is synchronized): connections and the test thread share it.
 */
final class EmulatedModem {

    private static final int MAX_TPDU = 164;

    private final Clock clock;
    // settings the computer changes
    private boolean echo = true;
    private int errorMode;
    private int messageFormat;
    private int registrationMode;
    // the world, changed by tests
    private SimState sim = SimState.READY;
    private RegistrationState registration = RegistrationState.HOME;
    private int rssi = 20;
    private int successesBeforeFailures;
    private int failuresLeft;
    private int failureCode = 500;
    private boolean silent;
    private Duration answerDelay = Duration.ZERO;
    private CallScript callScript = CallScript.ringsUntilHungUp();
    private DialMode dialMode = DialMode.OK_AT_ONCE;
    // what happened
    private int nextReference;
    private final List<String> commands = new ArrayList<>();
    private final List<SmsSubmit> parts = new ArrayList<>();
    private final List<SentSms> messages = new ArrayList<>();
    private final List<EmulatedCall> calls = new ArrayList<>();
    private final Map<String, List<SmsSubmit>> incomplete = new LinkedHashMap<>();
    private final Map<String, List<Integer>> incompleteReferences = new LinkedHashMap<>();
    private ActiveCall call;

    /** A call in progress: the remote end is due at {@code endNanos} (real time) if scripted. */
    private record ActiveCall(String number, Instant started, long endNanos, Optional<CallEnd> remoteEnd,
            boolean awaitingResult) {
    }

    EmulatedModem(Clock clock) {
        this.clock = clock;
    }

    synchronized Answer command(String line) {
        commands.add(line);
        String upper = line.toUpperCase(Locale.ROOT);
        String body = upper.substring(2);
        if (body.startsWith("D")) {
            return dial(line.substring(3).strip());
        }
        return switch (body) {
            case "", "Z", "&F" -> reset(body);
            case "E", "E0" -> setEcho(false);
            case "E1" -> setEcho(true);
            case "I" -> Answer.lines("Castellan GSM modem emulator", "MC52iT", "REVISION 01.000", "OK");
            case "+CGMI" -> Answer.lines("Castellan", "OK");
            case "+CGMM" -> Answer.lines("MC52iT", "OK");
            case "H" -> hangUp();
            case "+CPIN?" -> pin();
            case "+CREG?" -> Answer.lines("+CREG: " + registrationMode + "," + registration.code(), "OK");
            case "+CSQ" -> Answer.lines("+CSQ: " + rssi + ",99", "OK");
            default -> withArgument(body);
        };
    }

    private Answer withArgument(String body) {
        if (body.startsWith("+CMEE=")) {
            return setting(body.substring(6), 2, value -> errorMode = value);
        }
        if (body.startsWith("+CMGF=")) {
            return setting(body.substring(6), 1, value -> messageFormat = value);
        }
        if (body.startsWith("+CREG=")) {
            return setting(body.substring(6), 2, value -> registrationMode = value);
        }
        if (body.startsWith("+CMGS=")) {
            return startSubmit(body.substring(6));
        }
        return Answer.lines("ERROR");
    }

    private Answer reset(String body) {
        if (!body.isEmpty()) {
            echo = true;
            errorMode = 0;
            messageFormat = 0;
            registrationMode = 0;
        }
        return Answer.lines("OK");
    }

    private Answer setEcho(boolean on) {
        echo = on;
        return Answer.lines("OK");
    }

    private Answer setting(String value, int max, java.util.function.IntConsumer set) {
        if (!value.matches("[0-9]") || Integer.parseInt(value) > max) {
            return Answer.lines("ERROR");
        }
        set.accept(Integer.parseInt(value));
        return Answer.lines("OK");
    }

    private Answer pin() {
        return switch (sim) {
            case READY -> Answer.lines("+CPIN: READY", "OK");
            case PIN_REQUIRED -> Answer.lines("+CPIN: SIM PIN", "OK");
            case ABSENT -> Answer.lines(cme(10));
        };
    }

    private Answer startSubmit(String argument) {
        if (messageFormat != 0) {
            return Answer.lines(cms(303)); // text mode is not emulated
        }
        if (sim == SimState.ABSENT) {
            return Answer.lines(cms(310));
        }
        if (sim == SimState.PIN_REQUIRED) {
            return Answer.lines(cms(311));
        }
        int length = argument.matches("[0-9]{1,3}") ? Integer.parseInt(argument) : -1;
        if (length < 7 || length > MAX_TPDU) {
            return Answer.lines(cms(304));
        }
        return Answer.prompt(length);
    }

    /** The PDU after the prompt, up to Ctrl-Z. */
    synchronized Answer submit(int declaredLength, String hex) {
        commands.add(hex + "<Ctrl-Z>");
        SmsSubmit part;
        try {
            byte[] pdu = HexFormat.of().parseHex(hex);
            if (SmsSubmitCodec.tpduLength(pdu) != declaredLength) {
                return Answer.lines(cms(304));
            }
            part = SmsSubmitCodec.decode(pdu);
        } catch (IllegalArgumentException | GsmDecodingException e) {
            return Answer.lines(cms(304));
        }
        if (failuresLeft > 0 && successesBeforeFailures == 0) {
            failuresLeft--;
            return Answer.lines(cms(failureCode));
        }
        if (!registration.registered()) {
            return Answer.lines(cms(331));
        }
        if (successesBeforeFailures > 0) {
            successesBeforeFailures--;
        }
        int reference = nextReference;
        nextReference = (nextReference + 1) & 0xFF;
        parts.add(part);
        collect(part, reference);
        return Answer.lines("+CMGS: " + reference, "OK");
    }

    /** ESC instead of Ctrl-Z: the message is not sent. */
    synchronized Answer cancelSubmit() {
        commands.add("<ESC>");
        return Answer.lines("OK");
    }

    private void collect(SmsSubmit part, int reference) {
        String number = part.destination().dialString();
        Optional<Concatenation> concatenation = part.concatenation();
        if (concatenation.isEmpty() || concatenation.get().total() == 1) {
            messages.add(new SentSms(number, part.text(), 1, List.of(reference), part.alphabet(), clock.instant()));
            return;
        }
        Concatenation c = concatenation.get();
        String key = number + "/" + c.reference() + "/" + c.total();
        List<SmsSubmit> arrived = incomplete.computeIfAbsent(key, k -> new ArrayList<>());
        List<Integer> references = incompleteReferences.computeIfAbsent(key, k -> new ArrayList<>());
        arrived.add(part);
        references.add(reference);
        if (arrived.size() == c.total()) {
            arrived.sort((a, b) -> Integer.compare(a.concatenation().orElseThrow().sequence(),
                    b.concatenation().orElseThrow().sequence()));
            StringBuilder text = new StringBuilder();
            arrived.forEach(p -> text.append(p.text()));
            messages.add(new SentSms(number, text.toString(), c.total(), references, part.alphabet(), clock.instant()));
            incomplete.remove(key);
            incompleteReferences.remove(key);
        }
    }

    private Answer dial(String dialString) {
        if (!dialString.endsWith(";")) {
            return Answer.lines("NO CARRIER"); // data calls are not emulated
        }
        if (sim != SimState.READY) {
            return Answer.lines(cme(sim == SimState.ABSENT ? 10 : 11));
        }
        if (!registration.registered()) {
            return Answer.lines(cme(30));
        }
        if (call != null) {
            return Answer.lines(cme(3));
        }
        String number = dialString.substring(0, dialString.length() - 1);
        boolean awaitingResult = dialMode == DialMode.RESULT_WHEN_DONE;
        call = new ActiveCall(number, clock.instant(), System.nanoTime() + callScript.after().toNanos(),
                callScript.remoteEnd(), awaitingResult);
        return awaitingResult ? Answer.pendingDial() : Answer.lines("OK");
    }

    private Answer hangUp() {
        if (call != null) {
            endCall(Optional.empty());
        }
        return Answer.lines("OK");
    }

    /** A character while a dial was pending (V.250 §6.3.1): the dial is aborted. */
    synchronized Answer abortDial() {
        if (call == null) {
            return Answer.NOTHING;
        }
        endCall(Optional.empty());
        return Answer.lines("NO CARRIER");
    }

    /** @return what the network says now: the scripted end of a call when it is due */
    synchronized Answer due(long nanoNow) {
        if (call == null || call.remoteEnd().isEmpty() || nanoNow - call.endNanos() < 0) {
            return Answer.NOTHING;
        }
        CallEnd end = call.remoteEnd().get();
        endCall(Optional.of(end));
        return Answer.lines(end.resultCode());
    }

    private void endCall(Optional<CallEnd> remoteEnd) {
        calls.add(new EmulatedCall(call.number(), call.started(), Duration.between(call.started(), clock.instant()),
                remoteEnd));
        call = null;
    }

    private String cme(int code) {
        return switch (errorMode) {
            case 0 -> "ERROR";
            case 1 -> "+CME ERROR: " + code;
            default -> "+CME ERROR: " + ErrorCodes.cme(code);
        };
    }

    private String cms(int code) {
        return errorMode == 2 ? "+CMS ERROR: " + ErrorCodes.cms(code) : "+CMS ERROR: " + code;
    }

    synchronized boolean echo() {
        return echo;
    }

    synchronized boolean silent() {
        return silent;
    }

    synchronized Duration answerDelay() {
        return answerDelay;
    }

    synchronized boolean dialPending() {
        return call != null && call.awaitingResult();
    }

    synchronized void sim(SimState state) {
        sim = state;
    }

    synchronized void registration(RegistrationState state) {
        registration = state;
    }

    synchronized void rssi(int value) {
        rssi = value;
    }

    synchronized void failMessages(int after, int count, int cmsCode) {
        successesBeforeFailures = after;
        failuresLeft = count;
        failureCode = cmsCode;
    }

    synchronized void silent(boolean on) {
        silent = on;
    }

    synchronized void answerDelay(Duration delay) {
        answerDelay = delay;
    }

    synchronized void callScript(CallScript script) {
        callScript = script;
    }

    synchronized void dialMode(DialMode mode) {
        dialMode = mode;
    }

    synchronized List<String> commands() {
        return List.copyOf(commands);
    }

    synchronized List<SmsSubmit> parts() {
        return List.copyOf(parts);
    }

    synchronized List<SentSms> messages() {
        return List.copyOf(messages);
    }

    synchronized List<EmulatedCall> calls() {
        return List.copyOf(calls);
    }
}
