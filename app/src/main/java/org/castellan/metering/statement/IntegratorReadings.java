package org.castellan.metering.statement;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The cumulative integrators at the end of one period, as the meter recorded them: the statement's start reading
 * (the record of the period before the first) and end reading (the record of the last period, or of the latest
 * period before it that has one).
 *
 * @param period  the start of the period whose record holds them; the readings are at its end
 * @param energy  of the statement system, MWh
 * @param mass1   t
 * @param volume1 m³
 * @param mass2   of the return system, t; null without one
 * @param volume2 m³; null without one
 */
public record IntegratorReadings(LocalDateTime period, BigDecimal energy, BigDecimal mass1, BigDecimal volume1,
        BigDecimal mass2, BigDecimal volume2) {
    public IntegratorReadings {
        Objects.requireNonNull(period, "period");
    }
}
