package org.castellan.gsm.modem;

import java.time.Duration;
import java.util.Objects;
import org.castellan.gsm.at.AtLineDecoder;
import org.castellan.gsm.pdu.SubmitOptions;

/**
 * How {@link GsmModem} talks to the modem.
 *
 * @param commandTimeout      how long an ordinary command may take to answer (default 2 s)
 * @param promptTimeout       how long AT+CMGS may take to show its {@code >} prompt (default 5 s)
 * @param smsTimeout          how long a message may take to reach the service centre after the PDU (default 60 s;
 *                            TS 27.005 leaves it open and modems wait for the network, often 10–40 s)
 * @param connectTimeout      how long opening a TCP port may take (default 5 s)
 * @param requireRegistration whether {@link GsmModem#initialise()} fails when the modem is not on a network (default
 *                            true: a modem that cannot send is better found at start than at the first alarm)
 * @param maxLineLength       the longest response line kept (default {@link AtLineDecoder#DEFAULT_MAX_LINE_LENGTH})
 * @param submitOptions       validity, delivery report and SMSC of the messages sent
 */
public record ModemSettings(
        Duration commandTimeout,
        Duration promptTimeout,
        Duration smsTimeout,
        Duration connectTimeout,
        boolean requireRegistration,
        int maxLineLength,
        SubmitOptions submitOptions) {

    public ModemSettings {
        positive(commandTimeout, "commandTimeout");
        positive(promptTimeout, "promptTimeout");
        positive(smsTimeout, "smsTimeout");
        positive(connectTimeout, "connectTimeout");
        Objects.requireNonNull(submitOptions, "submitOptions");
        if (maxLineLength < 64) {
            throw new IllegalArgumentException("maxLineLength must be at least 64 bytes, not " + maxLineLength);
        }
    }

    /** AT 2 s, prompt 5 s, CMGS 60 s, connect 5 s, registration required, 512-byte lines, default submit options. */
    public static ModemSettings defaults() {
        return new ModemSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(60),
                Duration.ofSeconds(5), true, AtLineDecoder.DEFAULT_MAX_LINE_LENGTH, SubmitOptions.defaults());
    }

    /** @return these settings with other command and prompt timeouts */
    public ModemSettings withCommandTimeout(Duration timeout) {
        return new ModemSettings(timeout, timeout.compareTo(promptTimeout) > 0 ? timeout : promptTimeout, smsTimeout,
                connectTimeout, requireRegistration, maxLineLength, submitOptions);
    }

    /** @return these settings with another AT+CMGS timeout */
    public ModemSettings withSmsTimeout(Duration timeout) {
        return new ModemSettings(commandTimeout, promptTimeout, timeout, connectTimeout, requireRegistration,
                maxLineLength, submitOptions);
    }

    /** @return these settings with registration required or not */
    public ModemSettings withRequireRegistration(boolean required) {
        return new ModemSettings(commandTimeout, promptTimeout, smsTimeout, connectTimeout, required, maxLineLength,
                submitOptions);
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
