package org.castellan.tem106.meter;

/**
 * The reducing coefficients that turn an integrator's raw value into units, by the {@code comma} of its system
 * (seed TEM-106 §6.2.2 for energy, §6.2.3 for mass and volume), exactly as the seed prints them.
 */
public enum CommaTable {
    /** kQ: comma 6 → 100000, 5 → 10000, 4 → 1000, 3 → 100, 2 → 10, anything else → 1 (§6.2.2). */
    ENERGY,
    /** kV: comma 5 → 1000, 4 → 100, 3 → 10, anything else → 1 (§6.2.3). */
    MASS_VOLUME;

    /** The coefficient as a power of ten: the value divides by {@code 10^scale(comma)}. */
    public int scale(int comma) {
        return switch (this) {
            case ENERGY -> comma >= 2 && comma <= 6 ? comma - 1 : 0;
            case MASS_VOLUME -> comma >= 3 && comma <= 5 ? comma - 2 : 0;
        };
    }

    /** The coefficient itself (kQ or kV). */
    public long coefficient(int comma) {
        long k = 1;
        for (int i = 0; i < scale(comma); i++) {
            k *= 10;
        }
        return k;
    }
}
