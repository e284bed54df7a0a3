/**
 * Transports for TEM-106 frames: the {@link org.castellan.tem106.link.Link} interface and its TCP, serial
 * (jSerialComm), in-memory and line-simulating implementations, and {@link org.castellan.tem106.link.LinkUrl} for
 * naming one as {@code tcp://host:port} or {@code serial:/dev/ttyUSB0?baud=9600}. Links move bytes; they know
 * nothing of frames, timeouts between bytes or retries (that is the reader's session).
 */
package org.castellan.tem106.link;
