/**
 * The event journal every module reports into (devices, gateway, metering, access, attendance, alarms,
 * maintenance): the typed event, the batched writer in front of PostgreSQL, search, the monthly partitions, and the
 * observers (alarm rules, notification rules, the live feed) that see each event once it is stored.
 */
package org.castellan.events;
