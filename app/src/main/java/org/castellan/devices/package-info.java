/**
 * The device registry every protocol module extends (modems, heat meters, readers, attendance terminals, local
 * GSM modems, other equipment: identity, location, connection settings, online state). State changes are written
 * to the {@link org.castellan.events.EventJournal}.
 */
package org.castellan.devices;
