package org.castellan.irz.emulator;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.castellan.irz.command.CommandAnswer;
import org.castellan.irz.command.CommandRequest;
import org.castellan.irz.command.GpioPin;

/**
 * How the emulated modem answers a 0x0C command from its status (irz-modem.md §5). A pure function.
 *
 * <p>Text commands: the document does not give their answers; this emulator answers {@code $gp<n>=0|1} with the new
 * GPIO state, {@code $ussd} with its USSD text, {@code $sim} with nothing (it switches the slot), and ignores other
 * text. {@code $gp} on an input or a missing pin changes nothing and is answered with the unchanged state.
 */
final class CommandResponder {

    /**
     * @param answer what to send back, if anything
     * @param next   the status after the command
     */
    record Response(Optional<CommandAnswer> answer, ModemStatus next) {
    }

    private static final Pattern SWITCH_OUTPUT = Pattern.compile("\\$gp(\\d{1,2})=([01])\\r?");
    private static final Pattern USSD = Pattern.compile("\\$ussd=0([0-9*#]+)\\r?");

    private CommandResponder() {
    }

    static Response respond(CommandRequest request, ModemStatus status) {
        return switch (request) {
            case CommandRequest.Status s -> new Response(Optional.of(statusAnswer(s, status)), status);
            case CommandRequest.Text t -> text(t.text(), status);
        };
    }

    private static CommandAnswer statusAnswer(CommandRequest.Status request, ModemStatus status) {
        return switch (request.command()) {
            case SIGNAL -> new CommandAnswer.Signal(status.signal());
            case GPIO -> new CommandAnswer.Gpio(status.pins());
            case CELL_INFO -> new CommandAnswer.CellInfo(status.cellInfo());
            case TEMPERATURE -> new CommandAnswer.Temperature(status.temperature());
            case ICCID -> new CommandAnswer.Iccid(status.iccid());
        };
    }

    private static Response text(String text, ModemStatus status) {
        Matcher gp = SWITCH_OUTPUT.matcher(text);
        if (gp.matches()) {
            int pin = Integer.parseInt(gp.group(1));
            boolean isOutput = pin >= 1 && pin <= status.pins().size()
                    && status.pins().get(pin - 1).direction() == GpioPin.Direction.OUTPUT;
            ModemStatus next = isOutput ? status.withPin(pin, gp.group(2).equals("1")) : status;
            return new Response(Optional.of(new CommandAnswer.Gpio(next.pins())), next);
        }
        if (text.equals("$sim") || text.equals("$sim\r")) {
            return new Response(Optional.empty(), status.withOtherSim());
        }
        if (USSD.matcher(text).matches()) {
            return new Response(Optional.of(new CommandAnswer.Text(status.ussdReply())), status);
        }
        return new Response(Optional.empty(), status);
    }
}
