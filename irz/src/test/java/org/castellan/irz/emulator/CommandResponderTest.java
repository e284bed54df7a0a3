package org.castellan.irz.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.castellan.irz.command.CommandAnswer;
import org.castellan.irz.command.CommandRequest;
import org.castellan.irz.command.ExpectedAnswer;
import org.junit.jupiter.api.Test;

class CommandResponderTest {

    private final ModemStatus status = ModemStatus.defaults();

    @Test
    void switchingAnInputChangesNothingButStillAnswersTheState() {
        CommandResponder.Response response = CommandResponder.respond(CommandRequest.Text.switchOutput(1, true),
                status);
        assertThat(response.next()).isEqualTo(status);
        assertThat(response.answer()).contains(new CommandAnswer.Gpio(status.pins()));
    }

    @Test
    void simSwitchTogglesTheSlotWithoutAnswer() {
        CommandResponder.Response response = CommandResponder.respond(CommandRequest.Text.switchSim(), status);
        assertThat(response.answer()).isEmpty();
        assertThat(response.next().simSlot()).isEqualTo(1);
    }

    @Test
    void ussdIsAnsweredWithText() {
        assertThat(CommandResponder.respond(CommandRequest.Text.ussd("*100#"), status).answer())
                .contains(new CommandAnswer.Text("Balans 100.00 r"));
    }

    @Test
    void unknownTextIsIgnored() {
        CommandResponder.Response response = CommandResponder.respond(
                new CommandRequest.Text("$foo\r", new ExpectedAnswer.None()), status);
        assertThat(response.answer()).isEmpty();
        assertThat(response.next()).isEqualTo(status);
    }
}
