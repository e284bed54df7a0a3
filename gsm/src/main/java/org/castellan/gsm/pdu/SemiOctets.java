package org.castellan.gsm.pdu;

import org.castellan.gsm.GsmDecodingException;

/**
 * Address digits as swapped semi-octets (3GPP TS 23.040 §9.1.2.3): "46708251358" is {@code 64 07 28 15 53 F8}, the
 * low nibble first and 0xF filling an odd count. Nibbles 0xA–0xE are {@code * # a b c}.
 */
final class SemiOctets {

    private SemiOctets() {
    }

    static byte[] encode(String digits) {
        byte[] out = new byte[(digits.length() + 1) / 2];
        for (int i = 0; i < digits.length(); i++) {
            int nibble = PhoneNumber.SEMI_OCTETS.indexOf(digits.charAt(i));
            out[i / 2] |= (byte) (i % 2 == 0 ? nibble : nibble << 4);
        }
        if (digits.length() % 2 != 0) {
            out[out.length - 1] |= (byte) 0xF0;
        }
        return out;
    }

    /** @throws GsmDecodingException when one of the first {@code count} nibbles is the filler 0xF */
    static String decode(Octets octets, int count, String field) throws GsmDecodingException {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            int octet = octets.get(i / 2);
            int nibble = i % 2 == 0 ? octet & 0x0F : octet >>> 4;
            if (nibble == 0x0F) {
                throw new GsmDecodingException(field, "digits 0–9, * # a b c", "the filler 0xF at digit " + (i + 1));
            }
            digits.append(PhoneNumber.SEMI_OCTETS.charAt(nibble));
        }
        return digits.toString();
    }
}
