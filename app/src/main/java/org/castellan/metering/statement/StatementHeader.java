package org.castellan.metering.statement;

import java.time.LocalDate;
import java.util.Objects;
import org.castellan.metering.MeterSystemInfo;

/**
 * What the statement says about whom and what it is for: the heading of the form ("ведомость учета тепловой
 * энергии"). Texts are printed as given, in whichever language they were entered.
 *
 * @param organization     the organization that keeps the meter (the platform's tenant)
 * @param consumer         the heat consumer
 * @param contractNumber   the heat supply contract
 * @param address          where the heat is consumed
 * @param heatSupplier     the heat supply organization
 * @param meterModel       e.g. {@code TEM-106}
 * @param meterSerial      the meter's factory number
 * @param nextVerification the next metrological verification, null when unknown
 * @param system           the statement system: the consumer's heat input, whose Q, M1, V1, t1, t2, P1, P2 and times
 *                         the statement shows
 * @param returnSystem     the system measuring the return pipe, for M2 and V2; null when there is none
 */
public record StatementHeader(String organization, String consumer, String contractNumber, String address,
        String heatSupplier, String meterModel, String meterSerial, LocalDate nextVerification,
        MeterSystemInfo system, MeterSystemInfo returnSystem) {
    public StatementHeader {
        Objects.requireNonNull(system, "system");
        if (returnSystem != null && returnSystem.number() == system.number()) {
            throw new IllegalArgumentException("the return system must differ from the statement system "
                    + system.number());
        }
    }
}
