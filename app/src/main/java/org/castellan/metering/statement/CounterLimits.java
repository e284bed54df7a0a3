package org.castellan.metering.statement;

import java.util.Objects;
import org.castellan.metering.Consumption.Limits;

/**
 * How much each counter of a system can grow in an hour (Gmax × hours with a margin for mass and volume, the heat
 * that flow can carry for energy): beyond it a difference is {@link org.castellan.metering.Consumption.Implausible}.
 * The modulus is not taken from here: each counter's own ({@link org.castellan.metering.Counter#modulus()}) applies.
 */
public record CounterLimits(Limits energy, Limits mass, Limits volume) {
    /** No physical bound known: only resets are caught (and a wrap cannot be told from a reset). */
    public static final CounterLimits NONE = new CounterLimits(Limits.NONE, Limits.NONE, Limits.NONE);

    public CounterLimits {
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(mass, "mass");
        Objects.requireNonNull(volume, "volume");
    }
}
