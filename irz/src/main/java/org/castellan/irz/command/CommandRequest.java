package org.castellan.irz.command;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A command for a modem, sent in a 0x0C frame (irz-modem.md §5). */
public sealed interface CommandRequest {

    /** @return the answer that completes it */
    ExpectedAnswer expected();

    /**
     * A status query {@code xx 40 cc}.
     *
     * @param command which status
     */
    record Status(StatusCommand command) implements CommandRequest {
        /** Validates non-null. */
        public Status {
            Objects.requireNonNull(command, "command");
        }

        @Override
        public ExpectedAnswer expected() {
            return new ExpectedAnswer.Status(command);
        }
    }

    /**
     * A text command, sent as the ASCII payload of a 0x0C frame.
     *
     * <p>The document lists the commands but not their answers. Assumed here, and settable per command: {@code $gp}
     * is answered with the new GPIO state ({@code @02}), {@code $sim} with nothing (the modem reconnects on the other
     * SIM), {@code $ussd} with a text answer.
     *
     * @param text     the command bytes as text, including any {@code \r}
     * @param expected what completes it
     */
    record Text(String text, ExpectedAnswer expected) implements CommandRequest {
        /** @throws IllegalArgumentException if the text is empty or not ASCII */
        public Text {
            Objects.requireNonNull(expected, "expected");
            if (text.isEmpty() || !StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
                throw new IllegalArgumentException("text command: expected ASCII text, found \"" + text + '"');
            }
        }

        /** @return {@code $gp<n>=<0|1>\r}, switching output {@code pin} */
        public static Text switchOutput(int pin, boolean high) {
            if (pin < 0 || pin > 99) {
                throw new IllegalArgumentException("output pin: expected 0–99, found " + pin);
            }
            return new Text("$gp" + pin + '=' + (high ? '1' : '0') + '\r',
                    new ExpectedAnswer.Status(StatusCommand.GPIO));
        }

        /** @return {@code $sim}, switching the SIM slot; written as the document writes it, without {@code \r} */
        public static Text switchSim() {
            return new Text("$sim", new ExpectedAnswer.None());
        }

        /** @return {@code $ussd=0<code>\r}, e.g. {@code ussd("*100#")} */
        public static Text ussd(String code) {
            if (!code.matches("[0-9*#]{1,40}")) {
                throw new IllegalArgumentException("USSD code: expected digits, * and #, found \"" + code + '"');
            }
            return new Text("$ussd=0" + code + '\r', new ExpectedAnswer.Text());
        }
    }
}
