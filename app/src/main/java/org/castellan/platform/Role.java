package org.castellan.platform;

/**
 * What a person may do inside the organizations they are scoped to. Roles add up: a user may hold several.
 * See docs/security.md for the table of permissions.
 */
public enum Role {
    /** Organizations, sites, zones, users, devices, audit log. */
    ADMIN,
    /** Duty dispatcher: live events and alarms, duty log; reads the location tree and devices. */
    DISPATCHER,
    /** Maintenance engineer: devices and equipment, maintenance. */
    ENGINEER,
    /** HR / timekeeper: people, credentials, attendance. */
    TIMEKEEPER,
    /** Reads what the organization shows; changes nothing. */
    VIEWER
}
