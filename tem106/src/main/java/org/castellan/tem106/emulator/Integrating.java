package org.castellan.tem106.emulator;

import org.castellan.tem106.meter.CommaTable;
import org.castellan.tem106.meter.Integrator;

/**
 * An integrator as the emulated meter keeps it: a running total in units of 1/k (k from the comma table), shown as
 * an integer {@code L} part and a fractional {@code F} part (seed TEM-106 §6.2.2). Only grows. Not thread-safe.
 */
final class Integrating {
    private final int comma;
    private final CommaTable table;
    private final double coefficient;
    private double units;

    Integrating(int comma, CommaTable table, double initialValue) {
        this.comma = comma;
        this.table = table;
        this.coefficient = table.coefficient(comma);
        this.units = initialValue * coefficient;
    }

    /** Adds {@code amount} (MWh, t or m³); negative amounts are ignored, integrators never run back. */
    void add(double amount) {
        if (amount > 0) {
            units += amount * coefficient;
        }
    }

    /** The meter's view: integer part (wrapping at 2^32 as an L does) and the fraction as a float. */
    Integrator snapshot() {
        double whole = Math.floor(units);
        return new Integrator((long) whole & 0xFFFF_FFFFL, (float) (units - whole), comma, table);
    }
}
