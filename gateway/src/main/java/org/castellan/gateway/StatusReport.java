package org.castellan.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.castellan.irz.SignalQuality;
import org.castellan.irz.command.GpioPin;

/**
 * What one round of the periodic status refresh got from a modem.
 *
 * @param signal      the signal quality (CSQ)
 * @param temperature the module temperature in °C
 * @param pins        the GPIO state
 * @param at          when the round completed
 */
public record StatusReport(SignalQuality signal, int temperature, List<GpioPin> pins, Instant at) {

    /** Copies the list. */
    public StatusReport {
        Objects.requireNonNull(signal, "signal");
        pins = List.copyOf(pins);
        Objects.requireNonNull(at, "at");
    }
}
