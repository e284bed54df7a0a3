package org.castellan.audit;

/** What a change did to its entity. */
public enum AuditAction {
    CREATE, UPDATE, DELETE
}
