package org.castellan.irz;

import java.util.OptionalInt;

/**
 * GSM signal quality as the modem reports it: the {@code AT+CSQ} value 0–31, or 99 for "not known"
 * (irz-modem.md §1 and the {@code @01} answer of §5).
 *
 * @param csq 0–31 or 99
 */
public record SignalQuality(int csq) {

    /** The CSQ value a modem reports when it does not know its signal level. */
    public static final int UNKNOWN = 99;

    /** @throws IllegalArgumentException if {@code csq} is neither 0–31 nor 99 */
    public SignalQuality {
        if (!isValid(csq)) {
            throw new IllegalArgumentException("CSQ: expected 0–31 or 99, found " + csq);
        }
    }

    /** @return whether {@code csq} is a value a modem may report (0–31 or 99) */
    public static boolean isValid(int csq) {
        return (csq >= 0 && csq <= 31) || csq == UNKNOWN;
    }

    /** @return whether the level is known (CSQ is not 99) */
    public boolean known() {
        return csq != UNKNOWN;
    }

    /** @return the level in dBm, −113 + 2·CSQ (3GPP TS 27.007 §8.5), or empty when CSQ is 99 */
    public OptionalInt dbm() {
        return known() ? OptionalInt.of(-113 + 2 * csq) : OptionalInt.empty();
    }
}
