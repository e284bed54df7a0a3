package org.castellan.tem106.codec;

/**
 * The frame checksum of seed TEM-106 §2: {@code CS = NOT(B1 + … + BN)}, the low byte of the inverted sum of every
 * byte from the start byte through the last data byte. Seed vector: {@code 55 01 FE 00 00 00} → {@code AB}.
 */
public final class Checksum {
    private Checksum() {
    }

    /** The checksum of {@code bytes[from, to)}, 0..255. */
    public static int of(byte[] bytes, int from, int to) {
        return ~sum(bytes, from, to) & 0xFF;
    }

    /** The plain byte sum of {@code bytes[from, to)}, low 8 bits (for the archive record's unstated algorithm). */
    public static int sum(byte[] bytes, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += bytes[i] & 0xFF;
        }
        return sum & 0xFF;
    }
}
