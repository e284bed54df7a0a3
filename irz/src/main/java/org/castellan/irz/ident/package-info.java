/**
 * Identification: what a modem sends first after it connects, and what the server answers (irz-modem.md §1, §2, §6).
 *
 * <p>A listening port is configured with an {@link org.castellan.irz.ident.IdentificationChain}: ordered
 * {@link org.castellan.irz.ident.Recogniser}s (the iRZ {@code AT$IMEI=} line, the length-prefixed IMEI, generic
 * registration packets, a fixed identity for a dedicated port or a known source address), a size limit and a time
 * limit. Each connection gets an {@link org.castellan.irz.ident.IdentificationAttempt} that is fed bytes until it
 * answers {@link org.castellan.irz.ident.IdentificationResult.Identified} (identity, framing, leftover bytes, reply
 * to send) or {@link org.castellan.irz.ident.IdentificationResult.Rejected} with a typed
 * {@link org.castellan.irz.ident.RejectReason} for the "closed and counted" metrics.
 *
 * <p>The server greeting ({@code yyyyMMddHHmmss,MOD=DAT,\r}) is written by
 * {@link org.castellan.irz.ident.GreetingCodec}; the emulator reads it with the same class.
 */
package org.castellan.irz.ident;
