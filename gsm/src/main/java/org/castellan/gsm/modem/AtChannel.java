package org.castellan.gsm.modem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.castellan.gsm.GsmDecodingException;
import org.castellan.gsm.at.AtEvent;
import org.castellan.gsm.at.AtLineDecoder;
import org.castellan.gsm.at.AtResponse;
import org.castellan.gsm.at.AtResponses;
import org.castellan.gsm.port.AtPort;

/**
 * The session's view of the port: writes command lines and the PDU, and hands out what came back as parsed
 * {@link Incoming}s, one at a time, until a deadline, or collected up to a command's final result. Drops the echo
 * of what it last sent (a modem echoes until {@code ATE0} has been obeyed) and counts over-long lines instead of
 * failing on them. Real time: deadlines are {@link System#nanoTime()} values, because the port blocks in real time.
 * Not thread-safe; {@link GsmModem} serialises.
 */
final class AtChannel {

    /** What the modem sent, parsed. */
    sealed interface Incoming {
        record Response(AtResponse response) implements Incoming {
        }

        record Prompt() implements Incoming {
        }

        /** A line that starts like a known response but does not parse; kept for the error message. */
        record Malformed(String line, GsmDecodingException problem) implements Incoming {
        }
    }

    /** Cancels PDU input (TS 27.005 §3.5.1). */
    static final byte ESC = 0x1B;
    private static final byte CTRL_Z = 0x1A;

    private final AtPort port;
    private final AtLineDecoder decoder;
    private final ArrayDeque<AtEvent> pending = new ArrayDeque<>();
    private String echo = "";
    private long overlongLines;

    AtChannel(AtPort port, int maxLineLength) {
        this.port = port;
        this.decoder = new AtLineDecoder(maxLineLength);
    }

    /** Writes {@code command} and the CR that ends it (S3, V.250 §6.2.1). */
    void sendCommand(String command) throws IOException {
        echo = command;
        port.write((command + "\r").getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Writes the PDU's hex text and Ctrl-Z, which sends it (TS 27.005 §3.5.1). */
    void sendPdu(String hex) throws IOException {
        echo = hex + (char) CTRL_Z; // a modem with echo on sends the PDU back, Ctrl-Z included
        byte[] text = hex.getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[text.length + 1];
        System.arraycopy(text, 0, bytes, 0, text.length);
        bytes[text.length] = CTRL_Z;
        port.write(bytes);
    }

    /** Writes bytes as they are (ESC to cancel PDU input). */
    void sendRaw(byte... bytes) throws IOException {
        port.write(bytes);
    }

    /**
     * @return the next thing the modem sent, or null when nothing came before {@code deadlineNanos}
     * @throws IOException when the port fails
     */
    Incoming next(long deadlineNanos) throws IOException {
        while (true) {
            AtEvent event = pending.poll();
            if (event == null) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                byte[] bytes = port.read(Duration.ofNanos(left));
                decoder.feed(bytes, pending::add);
                continue;
            }
            Incoming incoming = interpret(event);
            if (incoming != null) {
                return incoming;
            }
        }
    }

    private Incoming interpret(AtEvent event) {
        return switch (event) {
            case AtEvent.Prompt p -> new Incoming.Prompt();
            case AtEvent.Overlong o -> {
                overlongLines++;
                yield null;
            }
            case AtEvent.Line line when line.text().strip().equalsIgnoreCase(echo) -> null;
            case AtEvent.Line line -> {
                try {
                    yield new Incoming.Response(AtResponses.parse(line.text()));
                } catch (GsmDecodingException e) {
                    yield new Incoming.Malformed(line.text(), e);
                }
            }
        };
    }

    /**
     * Collects responses up to the final result, for at most {@code timeout}. {@code NO CARRIER} and {@code BUSY}
     * end only a dial command; after any other they are unsolicited (a call ending) and kept as information.
     *
     * @throws ModemTimeoutException when no final result comes in time
     */
    Reply awaitFinal(String command, Duration timeout, boolean dial) throws IOException, ModemTimeoutException {
        long deadline = deadline(timeout);
        List<AtResponse> information = new ArrayList<>();
        List<Incoming.Malformed> malformed = new ArrayList<>();
        while (true) {
            Incoming incoming = next(deadline);
            switch (incoming) {
                case null -> throw new ModemTimeoutException(command, "final result", timeout);
                case Incoming.Response(AtResponse.CallEnded ended) when !dial -> information.add(ended);
                case Incoming.Response(AtResponse.Final result) -> {
                    return new Reply(information, malformed, result);
                }
                case Incoming.Response(AtResponse response) -> information.add(response);
                case Incoming.Malformed m -> malformed.add(m);
                case Incoming.Prompt p -> {
                    // a stray prompt belongs to no command of ours
                }
            }
        }
    }

    /**
     * Waits for the CMGS prompt. A prompt that does not come in time is cancelled with ESC, in case it arrives later
     * and the modem would take the next command for the PDU.
     *
     * @throws ModemErrorException    when the modem answers with an error instead
     * @throws ModemProtocolException when it answers OK instead
     * @throws ModemTimeoutException  when nothing comes in time
     */
    void awaitPrompt(String command, Duration timeout) throws IOException, GsmModemException {
        long deadline = deadline(timeout);
        while (true) {
            Incoming incoming = next(deadline);
            switch (incoming) {
                case null -> {
                    sendRaw(ESC);
                    throw new ModemTimeoutException(command, "\"> \" prompt", timeout);
                }
                case Incoming.Prompt p -> {
                    return;
                }
                case Incoming.Response(AtResponse.CallEnded ended) -> {
                    // unsolicited: a call ending
                }
                case Incoming.Response(AtResponse.Ok ok) ->
                        throw new ModemProtocolException(command, "OK where the \"> \" prompt belongs");
                case Incoming.Response(AtResponse.Final error) -> throw new ModemErrorException(command, error);
                default -> {
                    // unsolicited result codes and malformed lines wait for no one
                }
            }
        }
    }

    /** @return the {@link System#nanoTime()} {@code timeout} from now */
    static long deadline(Duration timeout) {
        return System.nanoTime() + timeout.toNanos();
    }

    /** Forgets anything unread: bytes already in the port and lines decoded but not handed out. */
    void discardPending() throws IOException {
        pending.clear();
        byte[] bytes;
        do {
            bytes = port.read(Duration.ZERO);
        } while (bytes.length > 0);
        decoder.reset();
    }

    /** @return lines dropped for exceeding the maximum length since the channel opened */
    long overlongLines() {
        return overlongLines;
    }

    AtPort port() {
        return port;
    }
}
