package org.castellan.irz.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.castellan.irz.IrzDecodingException;
import org.castellan.irz.SignalQuality;
import org.castellan.irz.colprot.ColprotFrame;
import org.castellan.irz.colprot.FrameType;

class CommandProperties {

    @Property(tries = 500)
    void anyCommandPayloadDecodesOrFailsWithATypedError(@ForAll @Size(max = 40) byte[] tail,
                                                        @ForAll("codes") int code) {
        byte[] payload = new byte[3 + tail.length];
        payload[0] = 1;
        payload[1] = 0x40;
        payload[2] = (byte) code;
        System.arraycopy(tail, 0, payload, 3, tail.length);
        try {
            CommandAnswer answer = CommandCodec.decode(ColprotFrame.of(FrameType.COMMAND, payload));
            assertThat(answer).isNotNull();
        } catch (IrzDecodingException e) {
            assertThat(e.field()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void answersRoundTripThroughFrames(@ForAll("answers") CommandAnswer answer) throws IrzDecodingException {
        assertThat(CommandCodec.decode(CommandCodec.encodeAnswer(answer))).isEqualTo(answer);
    }

    @Property(tries = 200)
    void sessionNeverHasMoreThanOneCommandInFlight(@ForAll("scripts") List<Integer> script) {
        ManualTimer timer = new ManualTimer();
        int[] writes = {0};
        CommandSession session = new CommandSession(CommandOptions.defaults(), b -> writes[0]++, timer, e -> { });
        int submitted = 0;
        for (int step : script) {
            switch (step) {
                case 0 -> {
                    session.submit(new CommandRequest.Status(StatusCommand.SIGNAL));
                    submitted++;
                }
                case 1 -> session.onFrame(CommandCodec.encodeAnswer(new CommandAnswer.Signal(new SignalQuality(5))));
                default -> timer.advance(CommandOptions.DEFAULT_TIMEOUT);
            }
            assertThat(session.queued()).isLessThanOrEqualTo(CommandOptions.defaults().maxQueued());
            // writes never exceed three attempts per submitted command
            assertThat(writes[0]).isLessThanOrEqualTo(3 * submitted);
        }
    }

    @Provide
    Arbitrary<Integer> codes() {
        return Arbitraries.oneOf(Arbitraries.of(1, 2, 4, 5, 0x0B), Arbitraries.integers().between(0, 255));
    }

    @Provide
    Arbitrary<List<Integer>> scripts() {
        return Arbitraries.integers().between(0, 2).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<CommandAnswer> answers() {
        Arbitrary<CommandAnswer> signal = Arbitraries.oneOf(Arbitraries.integers().between(0, 31),
                Arbitraries.just(99)).map(c -> new CommandAnswer.Signal(new SignalQuality(c)));
        Arbitrary<GpioPin.Direction> direction = Arbitraries.of(GpioPin.Direction.class);
        Arbitrary<CommandAnswer> gpio = Combinators.combine(direction, Arbitraries.of(true, false))
                .as((d, h) -> new Object[] {d, h}).list().ofMinSize(1).ofMaxSize(8)
                .map(list -> {
                    List<GpioPin> pins = new java.util.ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        pins.add(new GpioPin(i + 1, (GpioPin.Direction) list.get(i)[0], (Boolean) list.get(i)[1]));
                    }
                    return new CommandAnswer.Gpio(pins);
                });
        Arbitrary<CommandAnswer> temperature = Arbitraries.integers().between(-100, 155)
                .map(CommandAnswer.Temperature::new);
        Arbitrary<CommandAnswer> iccid = Arbitraries.strings().numeric().ofMinLength(19).ofMaxLength(20)
                .map(CommandAnswer.Iccid::new);
        Arbitrary<CommandAnswer> cell = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40)
                .map(CommandAnswer.CellInfo::new);
        return Arbitraries.oneOf(signal, gpio, temperature, iccid, cell);
    }
}
