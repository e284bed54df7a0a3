/**
 * The local GSM modem of seed 004 §5.4: an AT-command modem (e.g. iRZ MC52iT) on a COM port that the platform uses to
 * wake GPRS modems (a call or an SMS makes them reconnect) and to notify operators by SMS, through a queue.
 *
 * <p>Three layers, each testable alone, and the modem's side of all three:
 * <ul>
 *   <li>codec, no I/O: {@code pdu} (SMS-SUBMIT PDUs, 3GPP TS 23.040 / 23.038) and {@code at} (the push line decoder
 *       and the AT response parser, 3GPP TS 27.007 / 27.005, ITU-T V.250);</li>
 *   <li>transport: {@code port} ({@code AtPort}: serial via jSerialComm, TCP, in-memory; port URLs);</li>
 *   <li>session: {@code modem} ({@code GsmModem}: one command in flight, timeouts, initialisation, SMS, calls) and
 *       {@code outbox} ({@code GsmOutbox}: the bounded job queue with retries, one worker);</li>
 *   <li>{@code emulator}: a virtual AT modem on any {@code AtPort}, TCP or a pseudo-terminal, with faults on
 *       demand.</li>
 * </ul>
 * This package holds what they share: {@link org.castellan.gsm.GsmDecodingException} and {@link org.castellan.gsm.Hex}.
 */
package org.castellan.gsm;
