/**
 * A virtual AT-command GSM modem: {@link org.castellan.gsm.emulator.GsmModemEmulator} answers what
 * {@code GsmModem} sends, decodes the PDUs, records {@link org.castellan.gsm.emulator.SentSms} and
 * {@link org.castellan.gsm.emulator.EmulatedCall}s, fails on demand, and is served on an in-memory port, over TCP
 * ({@link org.castellan.gsm.emulator.TcpModemServer}) or on a pseudo-terminal
 * ({@link org.castellan.gsm.emulator.PtyModemServer}) for the serial port code. For tests and the demo.
 */
package org.castellan.gsm.emulator;
