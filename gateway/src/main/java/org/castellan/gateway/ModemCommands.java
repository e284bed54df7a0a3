package org.castellan.gateway;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.castellan.irz.SignalQuality;
import org.castellan.irz.command.CommandAnswer;
import org.castellan.irz.command.CommandRequest;
import org.castellan.irz.command.GpioPin;
import org.castellan.irz.command.StatusCommand;

/**
 * The 0x0C commands of one modem session (irz-modem.md §5), through the irz {@code CommandSession} of its current
 * COLPROT connection: one command in flight, the rest queued (16), each attempt timed out and retried as
 * {@link GatewaySettings#commandTimeout()} and {@link GatewaySettings#commandRetries()} say (defaults 20 s and 2).
 *
 * <p>Every method returns at once. The future fails with {@link ModemOfflineException} when the session has no open
 * connection, with {@link NoCommandChannelException} for a raw-mode modem (it has no command channel), and
 * otherwise as the command session fails it ({@code CommandFailedException}: timeout, queue full, closed because the
 * connection ended; or the decoding error of a malformed answer).
 * <p><b>Threading:</b> thread-safe; futures complete on the modem connection's event loop, so callbacks must not
 * block (hand off with {@code thenApplyAsync(…, executor)}).
 */
public final class ModemCommands {

    private final ModemSession session;

    ModemCommands(ModemSession session) {
        this.session = session;
    }

    /** @return the signal quality (CSQ; {@link SignalQuality#dbm()} converts) */
    public CompletableFuture<SignalQuality> signal() {
        return status(StatusCommand.SIGNAL).thenApply(a -> ((CommandAnswer.Signal) a).quality());
    }

    /** @return the state of every GPIO pin */
    public CompletableFuture<List<GpioPin>> gpio() {
        return status(StatusCommand.GPIO).thenApply(a -> ((CommandAnswer.Gpio) a).pins());
    }

    /** @return the module temperature in °C */
    public CompletableFuture<Integer> temperature() {
        return status(StatusCommand.TEMPERATURE).thenApply(a -> ((CommandAnswer.Temperature) a).celsius());
    }

    /** @return the SIM card's ICCID */
    public CompletableFuture<String> iccid() {
        return status(StatusCommand.ICCID).thenApply(a -> ((CommandAnswer.Iccid) a).iccid());
    }

    /**
     * Switches an output with {@code $gp<pin>=0|1}.
     *
     * @return the GPIO state the modem answers with
     * @throws IllegalArgumentException if {@code pin} is not 0–99
     */
    public CompletableFuture<List<GpioPin>> switchOutput(int pin, boolean high) {
        return submit(CommandRequest.Text.switchOutput(pin, high))
                .thenApply(a -> ((CommandAnswer.Gpio) a).pins());
    }

    /** Sends any command; @return its answer */
    public CompletableFuture<CommandAnswer> submit(CommandRequest request) {
        return session.submitCommand(request);
    }

    private CompletableFuture<CommandAnswer> status(StatusCommand command) {
        return submit(new CommandRequest.Status(command));
    }
}
