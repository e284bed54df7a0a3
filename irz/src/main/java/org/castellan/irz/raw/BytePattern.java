package org.castellan.irz.raw;

import java.util.Arrays;
import org.castellan.irz.Hex;

/**
 * A fixed byte sequence to find in a stream: a keep-alive, a heartbeat, a registration prefix. Immutable.
 *
 * <p>Not a record: it holds an array and must not expose it.
 */
public final class BytePattern {

    /** Longest pattern accepted: the longest registration packet a DTU sends (irz-modem.md §6). */
    public static final int MAX_LENGTH = 40;

    /** The raw-mode keep-alive of iRZ ATM modems (irz-modem.md §4). */
    public static final BytePattern IRZ_KEEP_ALIVE = new BytePattern(new byte[] {
            (byte) 0xB5, (byte) 0xBC, (byte) 0xBD, (byte) 0xBE, (byte) 0xBF});

    private final byte[] bytes;

    private BytePattern(byte[] bytes) {
        if (bytes.length < 1 || bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("pattern length: expected 1–" + MAX_LENGTH + " bytes, found "
                    + bytes.length);
        }
        this.bytes = bytes;
    }

    /**
     * @param bytes copied; 1–40 bytes
     * @throws IllegalArgumentException if the length is out of range
     */
    public static BytePattern of(byte[] bytes) {
        return new BytePattern(bytes.clone());
    }

    /**
     * @param hex e.g. {@code "B5 BC BD BE BF"}
     * @throws IllegalArgumentException if the text is not hex or the length is out of range
     */
    public static BytePattern ofHex(String hex) {
        return new BytePattern(Hex.parse(hex));
    }

    /** @return the pattern length */
    public int length() {
        return bytes.length;
    }

    /** @return byte {@code index} of the pattern */
    public byte at(int index) {
        return bytes[index];
    }

    /** @return a copy of the bytes */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The pattern itself, for the stripper to release held-back bytes from without a copy. */
    byte[] array() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BytePattern other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return Hex.format(bytes);
    }
}
