package org.castellan.irz.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.irz.GoldenVectors.GP1_HIGH_COMMAND;
import static org.castellan.irz.GoldenVectors.GPIO_ANSWER_80_82_C0_C2;
import static org.castellan.irz.GoldenVectors.GPIO_REQUEST;
import static org.castellan.irz.GoldenVectors.KEEP_ALIVE_FRAME;
import static org.castellan.irz.GoldenVectors.SIGNAL_ANSWER_CSQ17;
import static org.castellan.irz.GoldenVectors.SIGNAL_REQUEST;
import static org.castellan.irz.GoldenVectors.TEMPERATURE_ANSWER_25C;
import static org.castellan.irz.command.CommandCodecTest.frame;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.castellan.irz.Hex;
import org.castellan.irz.IrzDecodingException;
import org.castellan.irz.SignalQuality;
import org.castellan.irz.colprot.ColprotFrame;
import org.castellan.irz.colprot.FrameType;
import org.junit.jupiter.api.Test;

class CommandSessionTest {

    private static final CommandRequest SIGNAL = new CommandRequest.Status(StatusCommand.SIGNAL);
    private static final CommandRequest GPIO = new CommandRequest.Status(StatusCommand.GPIO);

    private final ManualTimer timer = new ManualTimer();
    private final List<byte[]> written = new ArrayList<>();
    private final List<CommandEvent> events = new ArrayList<>();
    private final CommandSession session = new CommandSession(
            new CommandOptions(0x01, Duration.ofSeconds(20), 2, 2), written::add, timer, events::add);

    private static Throwable cause(CompletableFuture<?> future) {
        assertThat(future).isCompletedExceptionally();
        try {
            future.get();
            throw new AssertionError("not failed");
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void answerCompletesTheCommandInFlight() {
        CompletableFuture<CommandAnswer> signal = session.submit(SIGNAL);
        assertThat(written).containsExactly(SIGNAL_REQUEST);

        assertThat(session.onFrame(frame(SIGNAL_ANSWER_CSQ17))).isTrue();
        assertThat(signal).isCompletedWithValue(new CommandAnswer.Signal(new SignalQuality(17)));
        assertThat(timer.pending()).isZero();
    }

    @Test
    void onlyOneCommandIsInFlight() {
        session.submit(SIGNAL);
        CompletableFuture<CommandAnswer> gpio = session.submit(GPIO);
        assertThat(written).containsExactly(SIGNAL_REQUEST);
        assertThat(session.queued()).isEqualTo(1);

        session.onFrame(frame(SIGNAL_ANSWER_CSQ17));
        assertThat(written).containsExactly(SIGNAL_REQUEST, GPIO_REQUEST);
        session.onFrame(frame(GPIO_ANSWER_80_82_C0_C2));
        assertThat(gpio).isCompleted();
        assertThat(session.busy()).isFalse();
    }

    @Test
    void timeoutResendsTwiceThenFailsAfterThreeAttempts() {
        CompletableFuture<CommandAnswer> signal = session.submit(SIGNAL);

        timer.advance(Duration.ofSeconds(19));
        assertThat(written).hasSize(1);
        timer.advance(Duration.ofSeconds(1));
        assertThat(written).hasSize(2);
        timer.advance(Duration.ofSeconds(20));
        assertThat(written).hasSize(3).allSatisfy(w -> assertThat(w).isEqualTo(SIGNAL_REQUEST));
        assertThat(signal).isNotDone();

        timer.advance(Duration.ofSeconds(20));
        CommandFailedException failure = (CommandFailedException) cause(signal);
        assertThat(failure.reason()).isEqualTo(CommandFailedException.Reason.TIMEOUT);
        assertThat(failure.attempts()).isEqualTo(3);
        assertThat(written).hasSize(3);
    }

    @Test
    void timeoutMovesOnToTheNextQueuedCommand() {
        session.submit(SIGNAL);
        session.submit(GPIO);
        timer.advance(Duration.ofSeconds(60));
        assertThat(written).containsExactly(SIGNAL_REQUEST, SIGNAL_REQUEST, SIGNAL_REQUEST, GPIO_REQUEST);
    }

    @Test
    void answerToAnEarlierAttemptCompletesAndItsTwinIsReportedLate() {
        CompletableFuture<CommandAnswer> signal = session.submit(SIGNAL);
        timer.advance(Duration.ofSeconds(20)); // resent once

        session.onFrame(frame(SIGNAL_ANSWER_CSQ17));
        session.onFrame(frame(SIGNAL_ANSWER_CSQ17));

        assertThat(signal).isCompleted();
        assertThat(events).containsExactly(new CommandEvent.LateAnswer(new CommandAnswer.Signal(
                new SignalQuality(17))));
    }

    @Test
    void unsolicitedGpioStateIsAGpiEvent() {
        CompletableFuture<CommandAnswer> signal = session.submit(SIGNAL);
        session.onFrame(frame(GPIO_ANSWER_80_82_C0_C2));

        assertThat(signal).isNotDone();
        assertThat(events).singleElement().isInstanceOfSatisfying(CommandEvent.GpiChanged.class, gpi -> {
            assertThat(gpi.unsolicited()).isTrue();
            assertThat(gpi.pins()).hasSize(4);
            assertThat(gpi.at()).isEqualTo(timer.now());
        });
        assertThat(session.lastGpio()).isPresent();
    }

    @Test
    void gpioAnswerWithChangedInputsIsAlsoAGpiEvent() {
        session.onFrame(frame(GPIO_ANSWER_80_82_C0_C2)); // unsolicited: known state
        events.clear();

        session.submit(GPIO);
        session.onFrame(ColprotFrame.of(FrameType.COMMAND, Hex.parse("01 40 02 82 82 C0 C2")));
        assertThat(events).singleElement().isInstanceOfSatisfying(CommandEvent.GpiChanged.class,
                gpi -> assertThat(gpi.unsolicited()).isFalse());

        session.submit(GPIO);
        session.onFrame(ColprotFrame.of(FrameType.COMMAND, Hex.parse("01 40 02 82 82 C2 C2")));
        assertThat(events).hasSize(1); // only an output changed: no GPI event
    }

    @Test
    void switchingAnOutputCompletesWithTheNewGpioState() {
        CompletableFuture<CommandAnswer> gp = session.submit(CommandRequest.Text.switchOutput(1, true));
        assertThat(written).containsExactly(GP1_HIGH_COMMAND);
        session.onFrame(frame(GPIO_ANSWER_80_82_C0_C2));
        assertThat(gp).isCompletedWithValueMatching(a -> a instanceof CommandAnswer.Gpio);
    }

    @Test
    void commandWithoutAnswerCompletesWhenWritten() {
        assertThat(session.submit(CommandRequest.Text.switchSim())).isCompletedWithValue(new CommandAnswer.Sent());
        assertThat(session.busy()).isFalse();
        assertThat(timer.pending()).isZero();
    }

    @Test
    void ussdCompletesWithTheTextAnswer() {
        CompletableFuture<CommandAnswer> ussd = session.submit(CommandRequest.Text.ussd("*100#"));
        session.onFrame(ColprotFrame.of(FrameType.COMMAND, "Balans 10 r".getBytes()));
        assertThat(ussd).isCompletedWithValue(new CommandAnswer.Text("Balans 10 r"));
    }

    @Test
    void queueBeyondItsLimitIsRefused() {
        session.submit(SIGNAL);
        session.submit(GPIO);
        session.submit(GPIO);
        CompletableFuture<CommandAnswer> refused = session.submit(GPIO);
        assertThat(((CommandFailedException) cause(refused)).reason())
                .isEqualTo(CommandFailedException.Reason.QUEUE_FULL);
    }

    @Test
    void closeFailsTheCommandInFlightAndTheQueued() {
        CompletableFuture<CommandAnswer> first = session.submit(SIGNAL);
        CompletableFuture<CommandAnswer> second = session.submit(GPIO);
        session.close();

        assertThat(((CommandFailedException) cause(first)).reason()).isEqualTo(CommandFailedException.Reason.CLOSED);
        assertThat(((CommandFailedException) cause(second)).attempts()).isZero();
        assertThat(((CommandFailedException) cause(session.submit(SIGNAL))).reason())
                .isEqualTo(CommandFailedException.Reason.CLOSED);
        timer.advance(Duration.ofMinutes(5));
        assertThat(written).hasSize(1);
    }

    @Test
    void malformedAnswerFailsTheCommandItBelongsTo() {
        CompletableFuture<CommandAnswer> signal = session.submit(SIGNAL);
        session.onFrame(ColprotFrame.of(FrameType.COMMAND, Hex.parse("01 40 01 2D")));
        assertThat(cause(signal)).isInstanceOf(IrzDecodingException.class).hasMessageContaining("found 45");
    }

    @Test
    void malformedFrameOfNoCommandIsReported() {
        session.onFrame(ColprotFrame.of(FrameType.COMMAND, Hex.parse("01 40 05 01 02")));
        assertThat(events).singleElement().isInstanceOf(CommandEvent.MalformedFrame.class);
    }

    @Test
    void answerNobodyAskedForIsReportedAsUnexpected() {
        session.onFrame(frame(TEMPERATURE_ANSWER_25C));
        assertThat(events).containsExactly(new CommandEvent.UnexpectedAnswer(new CommandAnswer.Temperature(25)));
    }

    @Test
    void framesOfOtherTypesAreNotTheSessionsBusiness() {
        assertThat(session.onFrame(frame(KEEP_ALIVE_FRAME))).isFalse();
        assertThat(events).isEmpty();
    }
}
