package org.castellan.gsm.pdu;

import java.util.Objects;

/**
 * A telephone number as TS 23.040 §9.1.2.5 carries it: digits (and the semi-octets {@code * # a b c}) and the
 * type-of-address octet, whose bits 6–4 are the type of number and bits 3–0 the numbering plan.
 *
 * <p>{@link #parse} reads what an operator types: {@code "+79161234567"} is international (0x91); digits without a
 * plus are sent as "unknown" (0x81), which is what phones do with {@code 8 916 …} and short numbers, and what every
 * network accepts; {@link #national} gives the explicit national type (0xA1) for networks that want it.
 *
 * @param digits        1–20 semi-octets from {@code 0123456789*#abc}
 * @param typeOfAddress the type-of-address octet, 0x80–0xFF (bit 7 is always set); not alphanumeric (0xD0–0xDF)
 */
public record PhoneNumber(String digits, int typeOfAddress) {

    /** Type of address "international number, ISDN/telephone numbering plan". */
    public static final int INTERNATIONAL = 0x91;
    /** Type of address "national number, ISDN/telephone numbering plan". */
    public static final int NATIONAL = 0xA1;
    /** Type of address "unknown type of number, ISDN/telephone numbering plan": digits dialled as they are. */
    public static final int UNKNOWN = 0x81;
    /** The most semi-octets an address field holds (10 octets, TS 23.040 §9.1.2.5). */
    public static final int MAX_DIGITS = 20;

    static final String SEMI_OCTETS = "0123456789*#abc";

    public PhoneNumber {
        Objects.requireNonNull(digits, "digits");
        if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
            throw new IllegalArgumentException("phone number: expected 1–" + MAX_DIGITS + " digits, found \""
                    + digits + "\"");
        }
        for (int i = 0; i < digits.length(); i++) {
            if (SEMI_OCTETS.indexOf(digits.charAt(i)) < 0) {
                throw new IllegalArgumentException("phone number: expected digits 0–9, * or #, found '"
                        + digits.charAt(i) + "' in \"" + digits + "\"");
            }
        }
        if (typeOfAddress < 0x80 || typeOfAddress > 0xFF) {
            throw new IllegalArgumentException("phone number: type of address must be 0x80–0xFF, not " + typeOfAddress);
        }
        if (isAlphanumeric(typeOfAddress)) {
            throw new IllegalArgumentException("phone number: alphanumeric addresses are not numbers to send to");
        }
    }

    /**
     * Parses a number as typed: an optional leading {@code +} (international), then digits; spaces, dashes, dots and
     * parentheses are ignored.
     *
     * @throws IllegalArgumentException naming what is wrong with {@code text}
     */
    public static PhoneNumber parse(String text) {
        String compact = text.strip().replaceAll("[\\s\\-().]", "");
        if (compact.startsWith("+")) {
            return new PhoneNumber(checked(text, compact.substring(1)), INTERNATIONAL);
        }
        return new PhoneNumber(checked(text, compact), UNKNOWN);
    }

    /** @return the number with the international type; {@code digits} without the plus */
    public static PhoneNumber international(String digits) {
        return new PhoneNumber(digits, INTERNATIONAL);
    }

    /** @return the number with the national type */
    public static PhoneNumber national(String digits) {
        return new PhoneNumber(digits, NATIONAL);
    }

    /** @return bits 6–4 of the type of address: 1 international, 2 national, 0 unknown… */
    public int typeOfNumber() {
        return (typeOfAddress >>> 4) & 0x07;
    }

    /** @return bits 3–0 of the type of address: 1 ISDN/telephone */
    public int numberingPlan() {
        return typeOfAddress & 0x0F;
    }

    public boolean isInternational() {
        return typeOfNumber() == 1;
    }

    /** @return the dial string for {@code ATD}: a plus before international numbers */
    public String dialString() {
        return isInternational() ? "+" + digits : digits;
    }

    static boolean isAlphanumeric(int typeOfAddress) {
        return ((typeOfAddress >>> 4) & 0x07) == 5;
    }

    private static String checked(String text, String digits) {
        if (!digits.matches("[0-9*#]{1," + MAX_DIGITS + "}")) {
            throw new IllegalArgumentException("phone number \"" + text + "\": expected an optional + and 1–"
                    + MAX_DIGITS + " digits (0–9, * or #)");
        }
        return digits;
    }

    @Override
    public String toString() {
        return dialString();
    }
}
