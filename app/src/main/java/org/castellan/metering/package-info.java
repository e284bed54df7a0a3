/**
 * Heat metering (issue 6, seed 001): meters bound to connections, polling plans that keep the archives complete,
 * the readings store, abnormal situations as alarms, the monthly heat statement. Being built: see the design in
 * docs/architecture.md; what exists so far is {@link org.castellan.metering.Consumption}, the make-neutral
 * entries and the statement ({@code metering.statement}).
 */
package org.castellan.metering;
