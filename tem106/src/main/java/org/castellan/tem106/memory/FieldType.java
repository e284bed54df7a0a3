package org.castellan.tem106.memory;

/** The number formats of seed TEM-106 §5.1 note 2 and §7, with their sizes in bytes. */
public enum FieldType {
    /** Char: one unsigned byte. */
    C(1),
    /** Int: 16 bits, big-endian. */
    I(2),
    /** Long: 32 bits, big-endian, unsigned here (integrators, time in seconds, pointers). */
    L(4),
    /** Float: IEEE-754 single, big-endian. */
    F(4),
    /** One byte, two decimal digits. */
    BCD(1);

    private final int size;

    FieldType(int size) {
        this.size = size;
    }

    public int size() {
        return size;
    }
}
