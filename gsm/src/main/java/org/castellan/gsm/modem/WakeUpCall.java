package org.castellan.gsm.modem;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.castellan.gsm.at.AtResponse;
import org.castellan.gsm.at.CallEnd;
import org.castellan.gsm.modem.AtChannel.Incoming;

/**
 * The two halves of a wake-up call after {@code ATD<number>;} went out: letting it ring, and hanging up.
 *
 * <p>Modems differ in when they answer a voice dial command: most say {@code OK} at once; the MC52i family (with its
 * default {@code AT^SM20=1}) only when the call is set up, or never while it rings. Both are handled: an {@code OK}
 * while ringing is ignored, and {@code ATH} during a dial that is still pending aborts it (V.250 §6.3.1: any
 * character aborts dialling, and may itself be swallowed, so ATH is repeated once after an abort's
 * {@code NO CARRIER}).
 */
final class WakeUpCall {

    private static final String HANG_UP = "ATH";

    private WakeUpCall() {
    }

    /**
     * Lets the call ring for {@code ring} or until the network ends it. The ring time counts from the modem's
     * {@code OK} to the dial when it sends one at once (the call is being set up from then on), else from the dial.
     *
     * @return how the network ended it, or empty when it rang the whole time
     * @throws ModemErrorException when the modem refuses to dial ({@code ERROR}, {@code +CME ERROR},
     *                             {@code NO DIALTONE})
     */
    static Optional<CallEnd> ring(AtChannel channel, String dial, Duration ring)
            throws IOException, ModemErrorException {
        long deadline = AtChannel.deadline(ring);
        boolean accepted = false;
        while (true) {
            Incoming incoming = channel.next(deadline);
            switch (incoming) {
                case null -> {
                    return Optional.empty();
                }
                case Incoming.Response(AtResponse.CallEnded ended) when ended.reason() == CallEnd.NO_DIALTONE ->
                        throw new ModemErrorException(dial, ended);
                case Incoming.Response(AtResponse.CallEnded ended) -> {
                    return Optional.of(ended.reason());
                }
                case Incoming.Response(AtResponse.Final result) when !result.ok() ->
                        throw new ModemErrorException(dial, result);
                case Incoming.Response(AtResponse.Final result) -> {
                    if (!accepted) { // the dial's OK: the call is being set up from now
                        accepted = true;
                        deadline = AtChannel.deadline(ring);
                    }
                }
                default -> {
                    // RING, unsolicited codes: keep ringing
                }
            }
        }
    }

    /** Sends {@code ATH} (twice if the first is swallowed by a dial abort) and waits for its {@code OK}. */
    static void hangUp(AtChannel channel, Duration timeout) throws GsmModemException {
        try {
            channel.sendCommand(HANG_UP);
            long deadline = AtChannel.deadline(timeout);
            boolean dialAborted = false;
            boolean repeated = false;
            while (true) {
                Incoming incoming = channel.next(deadline);
                switch (incoming) {
                    case null -> {
                        if (!dialAborted || repeated) {
                            throw new ModemTimeoutException(HANG_UP, "final result", timeout);
                        }
                        repeated = true;
                        channel.sendCommand(HANG_UP);
                        deadline = AtChannel.deadline(timeout);
                    }
                    case Incoming.Response(AtResponse.CallEnded ended) -> dialAborted = true;
                    case Incoming.Response(AtResponse.Final result) when result.ok() -> {
                        return;
                    }
                    case Incoming.Response(AtResponse.Final error) -> throw new ModemErrorException(HANG_UP, error);
                    default -> {
                        // RING and other unsolicited codes
                    }
                }
            }
        } catch (IOException e) {
            throw new PortFailureException(HANG_UP, e);
        }
    }
}
