package org.castellan.osdp.biometric;

import java.util.Arrays;

/**
 * Castellan's reference palm template: a fixed-length feature vector, unit-normalised and quantised to signed bytes.
 * It is a reference for the matcher seam, the emulator, tests and benchmarks — not a vendor's palm-vein template (a
 * real reader's SDK brings its own format and matcher; docs/osdp-mfg.md).
 *
 * <p>Bytes: {@code 'C' (0x43)}, version {@code 0x01}, dimension count (unsigned 16-bit little-endian), then one
 * signed byte per dimension, {@code round(x × 127)} of the unit vector. With the default 128 dimensions a template
 * is 132 bytes.
 *
 * @param vector the quantised components, −127..127
 */
public record ReferenceTemplate(byte[] vector) {
    public static final int MAGIC = 0x43;
    public static final int VERSION = 1;
    public static final int HEADER = 4;
    public static final int DEFAULT_DIMENSIONS = 128;
    /** The most dimensions accepted on decoding, so a hostile length cannot ask for a huge array. */
    public static final int MAX_DIMENSIONS = 1024;

    public ReferenceTemplate {
        if (vector.length == 0 || vector.length > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("a template has 1.." + MAX_DIMENSIONS + " dimensions, not "
                    + vector.length);
        }
        vector = vector.clone();
    }

    /** Normalises {@code components} to unit length and quantises them. */
    public static ReferenceTemplate of(float[] components) {
        double norm = 0;
        for (float c : components) {
            norm += (double) c * c;
        }
        if (norm == 0 || Double.isNaN(norm) || Double.isInfinite(norm)) {
            throw new IllegalArgumentException("a template needs a finite, non-zero vector");
        }
        double scale = 127 / Math.sqrt(norm);
        byte[] q = new byte[components.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = (byte) Math.max(-127, Math.min(127, Math.round(components[i] * scale)));
        }
        return new ReferenceTemplate(q);
    }

    /** Reads a template; a wrong magic, version or length is an {@link IllegalArgumentException} saying which. */
    public static ReferenceTemplate decode(byte[] bytes) {
        if (bytes.length < HEADER) {
            throw new IllegalArgumentException("a reference template has a " + HEADER + "-byte header, got "
                    + bytes.length + " bytes");
        }
        if ((bytes[0] & 0xFF) != MAGIC || (bytes[1] & 0xFF) != VERSION) {
            throw new IllegalArgumentException(String.format(
                    "not a reference template: expected 43 01, found %02X %02X", bytes[0] & 0xFF, bytes[1] & 0xFF));
        }
        int dimensions = (bytes[2] & 0xFF) | (bytes[3] & 0xFF) << 8;
        if (bytes.length != HEADER + dimensions) {
            throw new IllegalArgumentException("a reference template of " + dimensions + " dimensions is "
                    + (HEADER + dimensions) + " bytes, got " + bytes.length);
        }
        return new ReferenceTemplate(Arrays.copyOfRange(bytes, HEADER, bytes.length));
    }

    public byte[] encode() {
        byte[] out = new byte[HEADER + vector.length];
        out[0] = (byte) MAGIC;
        out[1] = (byte) VERSION;
        out[2] = (byte) vector.length;
        out[3] = (byte) (vector.length >>> 8);
        System.arraycopy(vector, 0, out, HEADER, vector.length);
        return out;
    }

    @Override
    public byte[] vector() {
        return vector.clone();
    }

    public int dimensions() {
        return vector.length;
    }

    /** Cosine similarity, −1..1; both templates must have the same dimension count. */
    public double similarity(ReferenceTemplate other) {
        if (other.vector.length != vector.length) {
            throw new IllegalArgumentException("templates of " + vector.length + " and " + other.vector.length
                    + " dimensions cannot be compared");
        }
        long dot = 0;
        long a = 0;
        long b = 0;
        for (int i = 0; i < vector.length; i++) {
            dot += vector[i] * other.vector[i];
            a += vector[i] * vector[i];
            b += other.vector[i] * other.vector[i];
        }
        return a == 0 || b == 0 ? 0 : dot / Math.sqrt((double) a * b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReferenceTemplate t && Arrays.equals(vector, t.vector);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(vector);
    }

    /** Never prints the vector: templates are biometric data and must not reach logs. */
    @Override
    public String toString() {
        return "ReferenceTemplate[" + vector.length + " dimensions]";
    }
}
