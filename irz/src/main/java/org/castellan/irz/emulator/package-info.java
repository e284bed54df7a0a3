/**
 * An iRZ ATM modem emulator (issue: "many emulated modems per process, for tests, the demo fleet and load tests").
 *
 * <p>A {@link org.castellan.irz.emulator.ModemEmulator} connects to a server as a TCP client, sends its
 * {@code AT$IMEI=} line (optionally split over several writes), waits for or ignores the greeting, then speaks COLPROT
 * or raw mode: keep-alives on a period (optionally split across writes), unsolicited GPIO frames when an input changes,
 * answers to status commands from its {@link org.castellan.irz.emulator.ModemStatus}, outputs switched by
 * {@code $gp}, and a reconnect whose new connection arrives before the old one is closed. What the poller sends to the
 * meter goes to a pluggable {@link org.castellan.irz.emulator.SerialDevice} (a TEM-106 emulator later), which answers
 * through its {@link org.castellan.irz.emulator.MeterLine} when and in what pieces it likes.
 *
 * <p>An {@link org.castellan.irz.emulator.EmulatorFleet} runs many modems in one JVM: one virtual thread per
 * connection blocked in a socket read, one shared scheduler for keep-alives.
 */
package org.castellan.irz.emulator;
