package org.castellan.devices;

/**
 * How many devices of one kind at one site (null: no site) are in one state — a cell of the dispatch screen's
 * device health summary.
 */
public record HealthCount(long orgId, Long siteId, DeviceKind kind, DeviceState state, int devices) {
}
