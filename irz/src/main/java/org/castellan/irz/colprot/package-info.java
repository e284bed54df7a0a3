/**
 * COLPROT encapsulated frames (irz-modem.md §3), used in both directions when the modem's identification line
 * carries {@code COLPROT=1.2|1.3}:
 * <pre>
 * C8 CA CB CC CD | type (1) | length (2, big-endian) | payload | 0D 0A
 * </pre>
 * {@link org.castellan.irz.colprot.ColprotFrame} is the value, {@link org.castellan.irz.colprot.ColprotEncoder}
 * writes it, {@link org.castellan.irz.colprot.ColprotDecoder} reassembles frames from a fragmented stream and
 * resynchronises after garbage, reporting what it skipped as {@link org.castellan.irz.colprot.ColprotProblem}s
 * rather than failing the connection.
 */
package org.castellan.irz.colprot;
