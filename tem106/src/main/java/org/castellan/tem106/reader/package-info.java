/**
 * The master's session with one meter: {@link org.castellan.tem106.reader.MeterReader} (identify, configuration,
 * current values, archives) over a {@link org.castellan.tem106.link.Link}, with response and inter-byte timeouts,
 * bounded retries and resynchronisation after garbage ({@link org.castellan.tem106.reader.Exchange}). Every failure
 * leaves as a checked {@link org.castellan.tem106.reader.Tem106Exception}.
 */
package org.castellan.tem106.reader;
