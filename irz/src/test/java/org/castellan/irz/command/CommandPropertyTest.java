package org.castellan.irz.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.castellan.irz.Gen;
import org.castellan.irz.RandomCases;
import org.castellan.irz.SignalQuality;
import org.junit.jupiter.api.Test;

/**
 * Answers through 0x0C frames and back, and the command session's limits under any order of submissions, answers
 * and timeouts (irz-modem.md §5), on thousands of generated cases.
 */
class CommandPropertyTest {

    private static final String DIGITS = "0123456789";
    private static final String PRINTABLE = Gen.range(' ', '~');

    @Test
    void answersRoundTripThroughFrames() {
        RandomCases.check(3000, gen -> {
            CommandAnswer answer = gen.show("answer", answer(gen));
            assertThat(CommandCodec.decode(CommandCodec.encodeAnswer(answer))).isEqualTo(answer);
        });
    }

    @Test
    void sessionNeverHasMoreThanOneCommandInFlight() {
        RandomCases.check(2000, gen -> {
            List<Integer> script = gen.show("script", gen.list(0, 40, g -> g.between(0, 2)));
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
                    case 1 -> session.onFrame(CommandCodec.encodeAnswer(
                            new CommandAnswer.Signal(new SignalQuality(5))));
                    default -> timer.advance(CommandOptions.DEFAULT_TIMEOUT);
                }
                assertThat(session.queued()).isLessThanOrEqualTo(CommandOptions.defaults().maxQueued());
                // writes never exceed three attempts per submitted command
                assertThat(writes[0]).isLessThanOrEqualTo(3 * submitted);
            }
        });
    }

    /** @return a signal, GPIO, temperature, ICCID or cell-info answer, each kind equally likely */
    private static CommandAnswer answer(Gen gen) {
        return switch (gen.between(0, 4)) {
            case 0 -> new CommandAnswer.Signal(new SignalQuality(gen.bool() ? gen.between(0, 31) : 99));
            case 1 -> {
                List<GpioPin> pins = new ArrayList<>();
                for (int i = 1, n = gen.between(1, 8); i <= n; i++) {
                    pins.add(new GpioPin(i, gen.oneOf(GpioPin.Direction.values()), gen.bool()));
                }
                yield new CommandAnswer.Gpio(pins);
            }
            case 2 -> new CommandAnswer.Temperature(gen.between(-100, 155));
            case 3 -> new CommandAnswer.Iccid(gen.string(DIGITS, 19, 20));
            default -> new CommandAnswer.CellInfo(gen.string(PRINTABLE, 0, 40));
        };
    }
}
