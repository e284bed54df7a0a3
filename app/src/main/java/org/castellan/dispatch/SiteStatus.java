package org.castellan.dispatch;

/**
 * The colour of a place in the site tree, worst first: an open critical or major alarm, a minor or warning one,
 * devices not active (offline or reporting a fault), all well, nothing known (no devices, no alarms).
 */
public enum SiteStatus {
    ALARM, WARNING, DEGRADED, OK, EMPTY;

    SiteStatus worse(SiteStatus other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
