package org.castellan.irz.command;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.castellan.irz.IrzDecodingException;

/** What a {@link CommandSession} reports besides command results. */
public sealed interface CommandEvent {

    /**
     * A GPI event (irz-modem.md §5): the modem sent its GPIO state unasked because an input changed, or a GPIO answer
     * showed inputs different from the last known state.
     *
     * @param pins        the whole state
     * @param unsolicited whether the modem sent it unasked
     * @param at          when it arrived
     */
    record GpiChanged(List<GpioPin> pins, boolean unsolicited, Instant at) implements CommandEvent {
        /** Copies the list. */
        public GpiChanged {
            pins = List.copyOf(pins);
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * An answer to an earlier attempt of a command that was already completed or given up (a retry's twin).
     *
     * @param answer the answer
     */
    record LateAnswer(CommandAnswer answer) implements CommandEvent {
    }

    /**
     * An answer nobody asked for that is not a GPIO state.
     *
     * @param answer the answer
     */
    record UnexpectedAnswer(CommandAnswer answer) implements CommandEvent {
    }

    /**
     * A 0x0C frame that did not decode and did not belong to the command in flight.
     *
     * @param error what was wrong
     */
    record MalformedFrame(IrzDecodingException error) implements CommandEvent {
    }
}
