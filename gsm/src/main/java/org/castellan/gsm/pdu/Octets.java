package org.castellan.gsm.pdu;

import java.util.Arrays;
import org.castellan.gsm.Hex;

/**
 * An immutable run of octets with value equality, for the binary fields of a PDU that records hold (information
 * element data, absolute validity periods). Prints as spaced hex.
 */
public final class Octets {

    private static final Octets EMPTY = new Octets(new byte[0]);

    private final byte[] bytes;

    private Octets(byte[] bytes) {
        this.bytes = bytes;
    }

    /** @return a copy of {@code bytes} */
    public static Octets of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new Octets(bytes.clone());
    }

    /** @return {@code length} bytes of {@code bytes} from {@code offset}, copied */
    public static Octets of(byte[] bytes, int offset, int length) {
        return new Octets(Arrays.copyOfRange(bytes, offset, offset + length));
    }

    /** @return the octets of hex text such as {@code "00 03 CC"} */
    public static Octets hex(String hex) {
        return new Octets(Hex.parse(hex));
    }

    public int length() {
        return bytes.length;
    }

    /** @return octet {@code index} as 0–255 */
    public int get(int index) {
        return bytes[index] & 0xFF;
    }

    /** @return a copy of the octets */
    public byte[] toArray() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Octets o && Arrays.equals(bytes, o.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return Hex.spaced(bytes);
    }
}
