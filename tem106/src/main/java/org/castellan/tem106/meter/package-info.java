/**
 * What a TEM-106 says about itself and its heat systems, decoded from the 2K timer memory: the configuration
 * (seed TEM-106 §6.1) and the current values (§6.2), with the integrators split into integer and fractional parts
 * and summed once, exactly, through the comma tables of §6.2.2–§6.2.3. Immutable values; no I/O.
 */
package org.castellan.tem106.meter;
