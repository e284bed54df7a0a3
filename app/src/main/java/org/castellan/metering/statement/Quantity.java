package org.castellan.metering.statement;

/** The cumulative integrators a statement differences: of the statement system (1) and of the return system (2). */
public enum Quantity {
    /** Q, MWh, of the statement system. */
    ENERGY,
    /** M1, t. */
    MASS1,
    /** M2, t, of the return system. */
    MASS2,
    /** V1, m³. */
    VOLUME1,
    /** V2, m³, of the return system. */
    VOLUME2
}
