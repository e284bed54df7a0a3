package org.castellan.gsm.pdu;

import java.util.Objects;
import java.util.Optional;

/**
 * What every part of a composed message carries besides destination and text.
 *
 * @param validity            how long the service centre keeps trying
 * @param statusReportRequest whether to ask for a delivery report (the modem then sends {@code +CDS} later; this
 *                            module does not read them yet)
 * @param serviceCentre       an SMSC to use instead of the SIM's, or empty
 */
public record SubmitOptions(ValidityPeriod validity, boolean statusReportRequest, Optional<PhoneNumber> serviceCentre) {

    public SubmitOptions {
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(serviceCentre, "serviceCentre");
    }

    /**
     * Four days of validity (0xAA, the value of the well-known PDU examples and of many modems' {@code +CSMP}
     * default), no delivery report, the SIM's SMSC.
     */
    public static SubmitOptions defaults() {
        return new SubmitOptions(ValidityPeriod.Relative.FOUR_DAYS, false, Optional.empty());
    }
}
