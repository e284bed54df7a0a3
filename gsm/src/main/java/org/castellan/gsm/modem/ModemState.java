package org.castellan.gsm.modem;

import java.time.Instant;
import java.util.Objects;
import org.castellan.gsm.at.AtResponse;
import org.castellan.gsm.at.RegistrationState;

/**
 * What {@link GsmModem#initialise()} found.
 *
 * @param registration the network registration ({@code AT+CREG?})
 * @param signal       the signal quality ({@code AT+CSQ})
 * @param checkedAt    when, by the session's clock
 */
public record ModemState(RegistrationState registration, AtResponse.SignalQuality signal, Instant checkedAt) {
    public ModemState {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }
}
