/**
 * The iRZ ATM GPRS modem protocol as a plain Java library (see {@code shared/protocols/irz-modem.md}).
 *
 * <p>Sub-packages by feature of the wire protocol:
 * <ul>
 *   <li>{@code ident} — what a modem sends first: the {@code AT$IMEI=} line, the length-prefixed IMEI, generic
 *       registration packets; the server greeting; the per-port {@code IdentificationChain}.</li>
 *   <li>{@code colprot} — the encapsulated frames {@code C8 CA CB CC CD | type | length | payload | 0D 0A}.</li>
 *   <li>{@code raw} — transparent mode: cutting the keep-alive (and registration prefixes) out of the stream.</li>
 *   <li>{@code command} — status commands and text commands over frame type 0x0C, and the per-modem
 *       {@code CommandSession}.</li>
 *   <li>{@code emulator} — an iRZ ATM modem emulator for tests, the demo fleet and load tests.</li>
 * </ul>
 * This package holds the few values they share: {@link org.castellan.irz.SignalQuality}, {@link org.castellan.irz.Hex}
 * and the typed decoding error {@link org.castellan.irz.IrzDecodingException}.
 *
 * <p>Codecs do no I/O and start no threads; stream decoders are push-based state machines with a maximum size, fed
 * whatever bytes a socket delivered.
 */
package org.castellan.irz;
