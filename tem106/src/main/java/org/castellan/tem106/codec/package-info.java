/**
 * TEM-106 wire codec: frames ↔ immutable messages, with no I/O.
 *
 * <p>{@link org.castellan.tem106.codec.FrameCodec} encodes and decodes requests ({@code 55 …}) and replies
 * ({@code AA …}) as laid out in seed TEM-106 §2–§4; {@link org.castellan.tem106.codec.Framer} finds frames in a byte
 * stream that arrives split, merged or behind noise; {@link org.castellan.tem106.codec.MeterNumbers} reads and writes
 * the meter's number formats (§7). Every malformed input ends in a {@link org.castellan.tem106.codec.DecodingException}
 * naming the field, the expected and the found value.
 */
package org.castellan.tem106.codec;
