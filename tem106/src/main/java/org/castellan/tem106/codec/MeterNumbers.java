package org.castellan.tem106.codec;

import static org.castellan.tem106.codec.DecodingException.hex;

/**
 * The meter's number formats (seed TEM-106 §5.1 note 2, §7): all big-endian ("Motorola").
 * C = 1 byte, I = 2 bytes, L = 4 bytes (unsigned: time integrators and counters), F = IEEE-754 single,
 * BCD = two decimal digits in one byte. Seed vectors: I {@code 55 43} = 21827, L {@code 01 4D 0F 11} = 21827345,
 * F {@code 4B A6 87 88} = 21827345.0.
 */
public final class MeterNumbers {
    private MeterNumbers() {
    }

    /** C: an unsigned byte. */
    public static int c(byte[] bytes, int offset) {
        return bytes[offset] & 0xFF;
    }

    /** I: an unsigned 16-bit big-endian integer. */
    public static int i(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 8 | bytes[offset + 1] & 0xFF;
    }

    /** L: an unsigned 32-bit big-endian integer, 0..4294967295. */
    public static long l(byte[] bytes, int offset) {
        return ((long) i(bytes, offset) << 16 | i(bytes, offset + 2)) & 0xFFFF_FFFFL;
    }

    /** F: an IEEE-754 single, big-endian. May be NaN or infinite: the caller decides whether that is allowed. */
    public static float f(byte[] bytes, int offset) {
        return Float.intBitsToFloat((int) l(bytes, offset));
    }

    /**
     * BCD: one byte holding two decimal digits ({@code 0x59} = 59).
     *
     * @throws DecodingException naming {@code field} when a nibble is above 9
     */
    public static int bcd(byte[] bytes, int offset, String field) throws DecodingException {
        int value = bytes[offset] & 0xFF;
        if ((value >> 4) > 9 || (value & 0x0F) > 9) {
            throw new DecodingException(field, "two BCD digits", hex(value));
        }
        return (value >> 4) * 10 + (value & 0x0F);
    }

    public static void putC(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) value;
    }

    public static void putI(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >> 8);
        bytes[offset + 1] = (byte) value;
    }

    public static void putL(byte[] bytes, int offset, long value) {
        putI(bytes, offset, (int) (value >> 16));
        putI(bytes, offset + 2, (int) value);
    }

    public static void putF(byte[] bytes, int offset, float value) {
        putL(bytes, offset, Float.floatToRawIntBits(value) & 0xFFFF_FFFFL);
    }

    /** Writes 0..99 as two BCD digits. */
    public static void putBcd(byte[] bytes, int offset, int value) {
        if (value < 0 || value > 99) {
            throw new IllegalArgumentException("BCD holds 0..99, not " + value);
        }
        bytes[offset] = (byte) ((value / 10) << 4 | value % 10);
    }
}
