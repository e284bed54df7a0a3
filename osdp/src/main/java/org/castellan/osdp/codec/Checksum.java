package org.castellan.osdp.codec;

/** OSDP's one-byte checksum, used when CTRL bit 2 is clear: the two's complement of the byte sum, modulo 256. */
public final class Checksum {
    private Checksum() {
    }

    public static int of(byte[] bytes, int offset, int length) {
        int sum = 0;
        for (int i = offset; i < offset + length; i++) {
            sum += bytes[i] & 0xFF;
        }
        return -sum & 0xFF;
    }
}
