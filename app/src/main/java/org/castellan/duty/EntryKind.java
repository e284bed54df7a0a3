package org.castellan.duty;

/** What a duty log entry records. */
public enum EntryKind {
    /** Anything the dispatcher writes down. */
    NOTE,
    /** The daytime duty inspection record of DB33/T 830 §4.4.1.3 (machine room temperature, equipment running). */
    INSPECTION,
    /** Something that happened and what was done about it (the fault record form names the person on duty). */
    INCIDENT
}
