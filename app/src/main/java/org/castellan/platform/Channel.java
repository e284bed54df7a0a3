package org.castellan.platform;

/** How a change reached the platform; recorded in the audit log. */
public enum Channel {
    CONSOLE, API, SYSTEM
}
