package org.castellan.gsm.pdu;

import java.util.List;
import java.util.Optional;

/**
 * Where one part sits in a concatenated message (3GPP TS 23.040 §9.2.3.24.1 and §9.2.3.24.8): the reference shared by
 * all parts, how many parts there are and which one this is (from 1).
 *
 * @param reference  0–255 for the 8-bit element, 0–65535 for the 16-bit one
 * @param total      1–255
 * @param sequence   1–{@code total}
 * @param sixteenBit whether the reference is the 16-bit one (IEI 0x08) rather than the 8-bit one (IEI 0x00)
 */
public record Concatenation(int reference, int total, int sequence, boolean sixteenBit) {

    public Concatenation {
        if (reference < 0 || reference > (sixteenBit ? 0xFFFF : 0xFF)) {
            throw new IllegalArgumentException("concatenation reference out of range: " + reference);
        }
        if (total < 1 || total > 255 || sequence < 1 || sequence > total) {
            throw new IllegalArgumentException("concatenation part " + sequence + " of " + total
                    + ": expected 1 ≤ part ≤ total ≤ 255");
        }
    }

    /** @return part {@code sequence} of {@code total} with an 8-bit reference, the element this codec writes */
    public static Concatenation of8Bit(int reference, int total, int sequence) {
        return new Concatenation(reference, total, sequence, false);
    }

    /**
     * Finds the concatenation element of a header. An element with the wrong length, a zero total, or a part number of
     * zero or above the total is ignored, as §9.2.3.24.1 tells the receiving entity to do.
     *
     * @return the first valid concatenation element, if any
     */
    public static Optional<Concatenation> in(List<InformationElement> header) {
        for (InformationElement element : header) {
            Octets d = element.data();
            if (element.identifier() == InformationElement.CONCATENATED_8BIT && d.length() == 3
                    && valid(d.get(1), d.get(2))) {
                return Optional.of(new Concatenation(d.get(0), d.get(1), d.get(2), false));
            }
            if (element.identifier() == InformationElement.CONCATENATED_16BIT && d.length() == 4
                    && valid(d.get(2), d.get(3))) {
                return Optional.of(new Concatenation(d.get(0) << 8 | d.get(1), d.get(2), d.get(3), true));
            }
        }
        return Optional.empty();
    }

    private static boolean valid(int total, int sequence) {
        return total >= 1 && sequence >= 1 && sequence <= total;
    }

    /** @return this as a header element */
    public InformationElement toElement() {
        if (sixteenBit) {
            return new InformationElement(InformationElement.CONCATENATED_16BIT,
                    Octets.of((byte) (reference >>> 8), (byte) reference, (byte) total, (byte) sequence));
        }
        return new InformationElement(InformationElement.CONCATENATED_8BIT,
                Octets.of((byte) reference, (byte) total, (byte) sequence));
    }
}
