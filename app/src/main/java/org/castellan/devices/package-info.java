/**
 * The device registry every protocol module extends (modems, heat meters, readers, attendance terminals, local
 * GSM modems, other equipment: identity, location, connection settings, online state) and the event journal
 * that every module appends to and the dispatch console shows live.
 */
package org.castellan.devices;
