package org.castellan.irz.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.castellan.irz.GoldenVectors.CELL_INFO_ANSWER;
import static org.castellan.irz.GoldenVectors.GP1_HIGH_COMMAND;
import static org.castellan.irz.GoldenVectors.GPIO_ANSWER_80_82_C0_C2;
import static org.castellan.irz.GoldenVectors.GPIO_REQUEST;
import static org.castellan.irz.GoldenVectors.ICCID_ANSWER_19;
import static org.castellan.irz.GoldenVectors.ICCID_ANSWER_20;
import static org.castellan.irz.GoldenVectors.KEEP_ALIVE_FRAME;
import static org.castellan.irz.GoldenVectors.SIGNAL_ANSWER_CSQ17;
import static org.castellan.irz.GoldenVectors.SIGNAL_REQUEST;
import static org.castellan.irz.GoldenVectors.TEMPERATURE_ANSWER_25C;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.castellan.irz.Hex;
import org.castellan.irz.IrzDecodingException;
import org.castellan.irz.SignalQuality;
import org.castellan.irz.colprot.ColprotDecoder;
import org.castellan.irz.colprot.ColprotEncoder;
import org.castellan.irz.colprot.ColprotEvent;
import org.castellan.irz.colprot.ColprotFrame;
import org.castellan.irz.colprot.FrameType;
import org.castellan.irz.command.GpioPin.Direction;
import org.junit.jupiter.api.Test;

class CommandCodecTest {

    static ColprotFrame frame(byte[] wire) {
        List<ColprotEvent> events = new ArrayList<>();
        new ColprotDecoder(4096).feed(wire, events::add);
        assertThat(events).hasSize(1);
        return (ColprotFrame) events.getFirst();
    }

    private static CommandAnswer decodeAndReencode(byte[] wire) throws IrzDecodingException {
        CommandAnswer answer = CommandCodec.decode(frame(wire));
        assertThat(ColprotEncoder.encode(CommandCodec.encodeAnswer(answer))).isEqualTo(wire);
        return answer;
    }

    @Test
    void signalAnswerCsq17IsMinus79Dbm() throws IrzDecodingException {
        CommandAnswer.Signal signal = (CommandAnswer.Signal) decodeAndReencode(SIGNAL_ANSWER_CSQ17);
        assertThat(signal.quality()).isEqualTo(new SignalQuality(17));
        assertThat(signal.quality().dbm()).isEqualTo(OptionalInt.of(-79));
    }

    @Test
    void gpioAnswerGivesInputsAndOutputsWithTheirLevels() throws IrzDecodingException {
        CommandAnswer.Gpio gpio = (CommandAnswer.Gpio) decodeAndReencode(GPIO_ANSWER_80_82_C0_C2);
        assertThat(gpio.pins()).containsExactly(
                new GpioPin(1, Direction.INPUT, false), new GpioPin(2, Direction.INPUT, true),
                new GpioPin(3, Direction.OUTPUT, false), new GpioPin(4, Direction.OUTPUT, true));
        assertThat(gpio.inputs()).hasSize(2);
    }

    @Test
    void cellInfoIsKeptAsText() throws IrzDecodingException {
        assertThat(decodeAndReencode(CELL_INFO_ANSWER))
                .isEqualTo(new CommandAnswer.CellInfo("0,\"250,01,00dd,3860,29,21\";"));
    }

    @Test
    void temperatureIsValueMinus100() throws IrzDecodingException {
        assertThat(decodeAndReencode(TEMPERATURE_ANSWER_25C)).isEqualTo(new CommandAnswer.Temperature(25));
    }

    @Test
    void iccidOfTwentyAndNineteenCharacters() throws IrzDecodingException {
        assertThat(decodeAndReencode(ICCID_ANSWER_20)).isEqualTo(new CommandAnswer.Iccid("89701012345678901234"));
        assertThat(decodeAndReencode(ICCID_ANSWER_19)).isEqualTo(new CommandAnswer.Iccid("8970101234567890123"));
    }

    @Test
    void statusRequestsMatchTheDocumentWithTheDefaultMarker() {
        assertThat(ColprotEncoder.encode(CommandCodec.encode(new CommandRequest.Status(StatusCommand.SIGNAL),
                CommandCodec.DEFAULT_REQUEST_MARKER))).isEqualTo(SIGNAL_REQUEST);
        assertThat(ColprotEncoder.encode(CommandCodec.encode(new CommandRequest.Status(StatusCommand.GPIO), 0x01)))
                .isEqualTo(GPIO_REQUEST);
    }

    @Test
    void requestMarkerIsConfigurable() {
        ColprotFrame request = CommandCodec.encode(new CommandRequest.Status(StatusCommand.ICCID), 0x07);
        assertThat(request.payload()).isEqualTo(Hex.parse("07 40 0B"));
    }

    @Test
    void textCommandsAreAsciiPayloads() {
        assertThat(ColprotEncoder.encode(CommandCodec.encode(CommandRequest.Text.switchOutput(1, true), 1)))
                .isEqualTo(GP1_HIGH_COMMAND);
        assertThat(CommandCodec.encode(CommandRequest.Text.switchSim(), 1).payload()).asString().isEqualTo("$sim");
        assertThat(CommandCodec.encode(CommandRequest.Text.ussd("*100#"), 1).payload()).asString()
                .isEqualTo("$ussd=0*100#\r");
    }

    @Test
    void emulatorSideReadsRequestsBack() throws IrzDecodingException {
        assertThat(CommandCodec.decodeRequest(frame(SIGNAL_REQUEST)))
                .isEqualTo(new CommandRequest.Status(StatusCommand.SIGNAL));
        assertThat(((CommandRequest.Text) CommandCodec.decodeRequest(frame(GP1_HIGH_COMMAND))).text())
                .isEqualTo("$gp1=1\r");
    }

    @Test
    void nonStatusPayloadIsATextAnswer() throws IrzDecodingException {
        ColprotFrame text = ColprotFrame.of(FrameType.COMMAND, "Balance 10.00\r".getBytes());
        assertThat(CommandCodec.decode(text)).isEqualTo(new CommandAnswer.Text("Balance 10.00\r"));
    }

    @Test
    void unknownStatusCodeIsKept() throws IrzDecodingException {
        ColprotFrame frame = ColprotFrame.of(FrameType.COMMAND, Hex.parse("01 40 33 AB CD"));
        assertThat(CommandCodec.decode(frame)).isEqualTo(new CommandAnswer.UnknownStatus(0x33, "AB CD"));
    }

    @Test
    void malformedAnswersNameFieldExpectedAndFound() {
        assertThatThrownBy(() -> CommandCodec.decode(statusFrame("01 40 01 2D")))
                .isInstanceOf(IrzDecodingException.class)
                .hasMessage("@01 SIGNAL CSQ: expected 0–31 or 99, found 45");
        assertThatThrownBy(() -> CommandCodec.decode(statusFrame("01 40 01 11 12")))
                .hasMessage("@01 SIGNAL data length: expected 1 byte, found 2 bytes: 11 12");
        assertThatThrownBy(() -> CommandCodec.decode(statusFrame("01 40 02 80 02")))
                .hasMessage("GPIO pin 2: expected a byte with bit 0x80 set (80, 82, C0, C2), found 0x02");
        assertThatThrownBy(() -> CommandCodec.decode(statusFrame("01 40 0B 31 32 33")))
                .hasMessage("@0B ICCID: expected 19–20 digits, found \"123\"");
        assertThatThrownBy(() -> CommandCodec.decode(frame(KEEP_ALIVE_FRAME)))
                .hasMessage("frame type: expected 0x0C (command), found 0x02");
    }

    private static ColprotFrame statusFrame(String payloadHex) {
        return ColprotFrame.of(FrameType.COMMAND, Hex.parse(payloadHex));
    }
}
