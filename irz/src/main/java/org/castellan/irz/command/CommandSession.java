package org.castellan.irz.command;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.castellan.irz.IrzDecodingException;
import org.castellan.irz.colprot.ColprotEncoder;
import org.castellan.irz.colprot.ColprotFrame;
import org.castellan.irz.colprot.FrameType;

/**
 * The command conversation with one modem (irz-modem.md §5): one command in flight, the rest queued; each attempt
 * times out after {@link CommandOptions#timeout()} and is resent up to {@link CommandOptions#retries()} times; answers
 * are correlated with the command in flight by their status code (or by being text, for text commands).
 *
 * <p>A GPIO state that is not the answer to a GPIO command in flight is the modem's unsolicited report of an input
 * change: it becomes a {@link CommandEvent.GpiChanged}. When an input changes while a GPIO query is in flight the two
 * cannot be told apart; the state is taken as the answer, and a GPI event is still reported when the inputs differ
 * from the last known state. An answer that arrives after its command completed (the twin of a retry) is reported as
 * {@link CommandEvent.LateAnswer}, not mistaken for a GPI event.
 *
 * <p><b>Transport-agnostic:</b> writes encoded frames through the {@code writer} and is fed decoded frames through
 * {@link #onFrame}. <b>Threading:</b> not thread-safe; every call, and every task of the {@link SessionTimer}, must run
 * on one thread (a Netty event loop, or a single-threaded executor). Futures complete on that thread, so their
 * callbacks must not block. <b>Lifecycle:</b> make one per connection after identification; {@link #close()} when the
 * connection ends, which fails what is pending.
 */
public final class CommandSession {

    private final CommandOptions options;
    private final Consumer<byte[]> writer;
    private final SessionTimer timer;
    private final Consumer<? super CommandEvent> events;
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private Pending inFlight;
    private ExpectedAnswer lateKind = new ExpectedAnswer.None();
    private int lateRemaining;
    private List<GpioPin> lastGpio;
    private boolean closed;

    /**
     * @param options settings
     * @param writer  writes one encoded COLPROT frame to the modem
     * @param timer   time and timeouts
     * @param events  receives GPI events and stray answers
     */
    public CommandSession(CommandOptions options, Consumer<byte[]> writer, SessionTimer timer,
                          Consumer<? super CommandEvent> events) {
        this.options = Objects.requireNonNull(options, "options");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Queues a command; it is written at once if none is in flight.
     *
     * @return completes with the answer, or fails with {@link CommandFailedException} (timeout, queue full, closed)
     *     or with the {@link IrzDecodingException} of a malformed answer
     */
    public CompletableFuture<CommandAnswer> submit(CommandRequest request) {
        Pending pending = new Pending(request, ColprotEncoder.encode(
                CommandCodec.encode(request, options.requestMarker())));
        if (closed) {
            pending.fail(CommandFailedException.Reason.CLOSED, "session closed");
        } else if (inFlight != null && queue.size() >= options.maxQueued()) {
            pending.fail(CommandFailedException.Reason.QUEUE_FULL, "at most " + options.maxQueued() + " queued");
        } else {
            queue.add(pending);
            sendNext();
        }
        return pending.result;
    }

    /**
     * Feeds a decoded frame from the modem.
     *
     * @return whether it was a command frame (type 0x0C) and so handled here
     */
    public boolean onFrame(ColprotFrame frame) {
        if (frame.type() != FrameType.COMMAND) {
            return false;
        }
        CommandAnswer answer;
        try {
            answer = CommandCodec.decode(frame);
        } catch (IrzDecodingException e) {
            onMalformed(frame, e);
            return true;
        }
        if (inFlight != null && inFlight.request.expected().matches(answer)) {
            complete(answer);
        } else if (lateRemaining > 0 && lateKind.matches(answer)) {
            lateRemaining--;
            events.accept(new CommandEvent.LateAnswer(answer));
        } else if (answer instanceof CommandAnswer.Gpio gpio) {
            noteGpio(gpio.pins(), true);
        } else {
            events.accept(new CommandEvent.UnexpectedAnswer(answer));
        }
        return true;
    }

    /** @return whether a command is waiting for its answer */
    public boolean busy() {
        return inFlight != null;
    }

    /** @return how many commands wait behind the one in flight */
    public int queued() {
        return queue.size();
    }

    /** @return the last GPIO state seen, answer or unsolicited */
    public Optional<List<GpioPin>> lastGpio() {
        return Optional.ofNullable(lastGpio);
    }

    /** Fails the command in flight and every queued one with {@link CommandFailedException.Reason#CLOSED}. */
    public void close() {
        closed = true;
        if (inFlight != null) {
            inFlight.cancelTimeout();
            Pending p = inFlight;
            inFlight = null;
            p.fail(CommandFailedException.Reason.CLOSED, "session closed while waiting for the answer");
        }
        while (!queue.isEmpty()) {
            queue.poll().fail(CommandFailedException.Reason.CLOSED, "session closed before sending");
        }
    }

    private void sendNext() {
        while (inFlight == null && !queue.isEmpty()) {
            Pending p = queue.poll();
            inFlight = p;
            write(p);
            if (p.request.expected() instanceof ExpectedAnswer.None) {
                inFlight = null;
                p.result.complete(new CommandAnswer.Sent());
            }
        }
    }

    private void write(Pending p) {
        p.attempts++;
        writer.accept(p.bytes);
        if (!(p.request.expected() instanceof ExpectedAnswer.None)) {
            p.timeout = timer.schedule(options.timeout(), () -> onTimeout(p));
        }
    }

    private void onTimeout(Pending p) {
        if (p != inFlight) {
            return; // answered or closed meanwhile
        }
        if (p.attempts <= options.retries()) {
            write(p);
            return;
        }
        inFlight = null;
        expectLate(p.request.expected(), p.attempts);
        p.fail(CommandFailedException.Reason.TIMEOUT, "expected an answer within " + options.timeout()
                + " per attempt, found none");
        sendNext();
    }

    private void complete(CommandAnswer answer) {
        Pending p = inFlight;
        inFlight = null;
        p.cancelTimeout();
        expectLate(p.request.expected(), p.attempts - 1);
        if (answer instanceof CommandAnswer.Gpio gpio) {
            noteGpio(gpio.pins(), false);
        }
        p.result.complete(answer);
        sendNext();
    }

    private void onMalformed(ColprotFrame frame, IrzDecodingException error) {
        OptionalInt code = CommandCodec.statusCode(frame);
        boolean forInFlight = inFlight != null && code.isPresent()
                && inFlight.request.expected() instanceof ExpectedAnswer.Status s
                && s.command().code() == code.getAsInt();
        if (!forInFlight) {
            events.accept(new CommandEvent.MalformedFrame(error));
            return;
        }
        Pending p = inFlight;
        inFlight = null;
        p.cancelTimeout();
        p.result.completeExceptionally(error);
        sendNext();
    }

    private void noteGpio(List<GpioPin> pins, boolean unsolicited) {
        boolean inputsChanged = lastGpio != null && !inputs(lastGpio).equals(inputs(pins));
        lastGpio = pins;
        if (unsolicited || inputsChanged) {
            events.accept(new CommandEvent.GpiChanged(pins, unsolicited, timer.now()));
        }
    }

    private static List<GpioPin> inputs(List<GpioPin> pins) {
        return pins.stream().filter(GpioPin::isInput).toList();
    }

    private void expectLate(ExpectedAnswer kind, int count) {
        lateKind = kind;
        lateRemaining = count;
    }

    /** A command and its progress. */
    private static final class Pending {
        final CommandRequest request;
        final byte[] bytes;
        final CompletableFuture<CommandAnswer> result = new CompletableFuture<>();
        int attempts;
        SessionTimer.Cancellable timeout;

        Pending(CommandRequest request, byte[] bytes) {
            this.request = request;
            this.bytes = bytes;
        }

        void cancelTimeout() {
            if (timeout != null) {
                timeout.cancel();
            }
        }

        void fail(CommandFailedException.Reason reason, String detail) {
            result.completeExceptionally(new CommandFailedException(reason, request, attempts, detail));
        }
    }
}
