package org.castellan.gsm.pdu;

/**
 * Packs 7-bit septets into octets and back (3GPP TS 23.038 §6.1.2.1.1): septet {@code i} starts at bit {@code 7i} of
 * the user data, least significant bit first, so "hellohello" packs to {@code E8 32 9B FD 46 97 D9 EC 37}. When a user
 * data header precedes the text, {@code fillBits} zero bits (0–6) come first so that the text starts on a septet
 * boundary (TS 23.040 §9.2.3.24).
 *
 * <p>Stateless and thread-safe.
 */
public final class SeptetPacking {

    private SeptetPacking() {
    }

    /** @return how many octets {@code septets} septets take after {@code fillBits} fill bits */
    public static int packedLength(int septets, int fillBits) {
        return (septets * 7 + fillBits + 7) / 8;
    }

    /** @return the septets packed after {@code fillBits} zero bits; unused high bits of the last octet are zero */
    public static byte[] pack(int[] septets, int fillBits) {
        byte[] out = new byte[packedLength(septets.length, fillBits)];
        int bit = fillBits;
        for (int septet : septets) {
            int value = septet & 0x7F;
            int octet = bit >>> 3;
            int shift = bit & 7;
            out[octet] |= (byte) (value << shift);
            if (shift > 1) {
                out[octet + 1] |= (byte) (value >>> (8 - shift));
            }
            bit += 7;
        }
        return out;
    }

    /**
     * @return {@code count} septets read from {@code data} starting {@code fillBits} bits into {@code data[offset]}
     * @throws IndexOutOfBoundsException if {@code data} ends before the last septet (callers check lengths first)
     */
    public static int[] unpack(byte[] data, int offset, int fillBits, int count) {
        int[] septets = new int[count];
        int bit = fillBits;
        for (int i = 0; i < count; i++) {
            int octet = offset + (bit >>> 3);
            int shift = bit & 7;
            int value = (data[octet] & 0xFF) >>> shift;
            if (shift > 1) {
                value |= (data[octet + 1] & 0xFF) << (8 - shift);
            }
            septets[i] = value & 0x7F;
            bit += 7;
        }
        return septets;
    }
}
