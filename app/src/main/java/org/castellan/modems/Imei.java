package org.castellan.modems;

/** The IMEI's check digit: Luhn over the first 14 digits (3GPP TS 23.003 §6.2.1, annex B). */
public final class Imei {
    /** Digits in an IMEI, the check digit included. */
    public static final int LENGTH = 15;

    private Imei() {
    }

    /** @return the check digit of the first 14 digits of {@code digits}: Luhn, doubling every second from the left */
    public static int checkDigit(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    /** @return whether {@code text} is 15 ASCII digits ending in the right check digit */
    public static boolean isValid(String text) {
        if (text == null || text.length() != LENGTH || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(text) == text.charAt(LENGTH - 1) - '0';
    }
}
