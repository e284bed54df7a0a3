package org.castellan.osdp.codec;

/**
 * OSDP's CRC: CRC-16/AUG-CCITT — polynomial 0x1021, initial value 0x1D0F, no reflection, no final XOR (check value
 * of "123456789": 0xE5CC). Sent least significant byte first.
 */
public final class Crc16 {
    private static final int[] TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int crc = i << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            TABLE[i] = crc & 0xFFFF;
        }
    }

    private Crc16() {
    }

    /** The CRC of {@code length} bytes from {@code offset}. */
    public static int of(byte[] bytes, int offset, int length) {
        int crc = 0x1D0F;
        for (int i = offset; i < offset + length; i++) {
            crc = ((crc << 8) ^ TABLE[((crc >> 8) ^ bytes[i]) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }

    public static int of(byte[] bytes) {
        return of(bytes, 0, bytes.length);
    }
}
