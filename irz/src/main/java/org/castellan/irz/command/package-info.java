/**
 * Status and commands over COLPROT frame type 0x0C (irz-modem.md §5).
 *
 * <p>Codec: {@link org.castellan.irz.command.CommandCodec} turns {@link org.castellan.irz.command.CommandRequest}s
 * (status queries {@code @01 @02 @04 @05 @0B}, text commands {@code $gp<n>=0|1}, {@code $sim}, {@code $ussd=0…}) into
 * frames and frames into {@link org.castellan.irz.command.CommandAnswer}s. Session:
 * {@link org.castellan.irz.command.CommandSession} keeps one command in flight per modem, times out and retries,
 * correlates answers by code, and reports unsolicited GPIO states as GPI events. Time comes from an injected
 * {@link org.castellan.irz.command.SessionTimer}, so tests drive it by hand.
 */
package org.castellan.irz.command;
