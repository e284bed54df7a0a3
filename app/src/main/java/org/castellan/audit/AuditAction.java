package org.castellan.audit;

/** What a change did to its entity. */
public enum AuditAction {
    CREATE, UPDATE, DELETE,
    /** A command sent to a field device (switch an output, wake a modem). */
    COMMAND
}
