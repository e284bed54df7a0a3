package org.castellan.irz.command;

import java.util.Objects;

/** What answer completes a command; how {@link CommandSession} correlates answers with the command in flight. */
public sealed interface ExpectedAnswer {

    /** Completes as soon as the command is written. */
    record None() implements ExpectedAnswer {
    }

    /**
     * Completes with the status answer of this code.
     *
     * @param command the status whose answer completes it
     */
    record Status(StatusCommand command) implements ExpectedAnswer {
        /** Validates non-null. */
        public Status {
            Objects.requireNonNull(command, "command");
        }
    }

    /** Completes with the next text (non-status) answer. */
    record Text() implements ExpectedAnswer {
    }

    /** @return whether {@code answer} is the one this expects */
    default boolean matches(CommandAnswer answer) {
        return switch (this) {
            case None n -> false;
            case Text t -> answer instanceof CommandAnswer.Text;
            case Status s -> CommandCodec.statusOf(answer) == s.command();
        };
    }
}
