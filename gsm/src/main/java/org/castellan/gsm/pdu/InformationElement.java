package org.castellan.gsm.pdu;

import java.util.Objects;

/**
 * One information element of a user data header (3GPP TS 23.040 §9.2.3.24): identifier, length, data. Elements the
 * codec does not interpret are kept as they came, so a PDU decodes and encodes back unchanged.
 *
 * @param identifier IEI, 0–255 (0x00: concatenated SMS with an 8-bit reference, 0x08: with a 16-bit reference)
 * @param data       0–255 octets, as the length octet allows (the whole header must still fit in 140 octets of user
 *                   data, which {@link SmsSubmit} checks)
 */
public record InformationElement(int identifier, Octets data) {

    /** IEI of "concatenated short messages, 8-bit reference number" (§9.2.3.24.1). */
    public static final int CONCATENATED_8BIT = 0x00;
    /** IEI of "concatenated short messages, 16-bit reference number" (§9.2.3.24.8). */
    public static final int CONCATENATED_16BIT = 0x08;

    public InformationElement {
        Objects.requireNonNull(data, "data");
        if (identifier < 0 || identifier > 0xFF) {
            throw new IllegalArgumentException("IEI must be 0–255, not " + identifier);
        }
        if (data.length() > 0xFF) {
            throw new IllegalArgumentException("IE data must be at most 255 octets, not " + data.length());
        }
    }

    /** @return identifier, length and data: what this element adds to the header */
    public int encodedLength() {
        return 2 + data.length();
    }

    @Override
    public String toString() {
        return String.format("IE 0x%02X [%s]", identifier, data);
    }
}
