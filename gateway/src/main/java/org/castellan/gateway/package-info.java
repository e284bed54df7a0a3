/**
 * The iRZ modem gateway: a Netty listener on one or more modem ports that identifies each modem connection with the
 * port's {@code irz} chain, admits it through the platform's {@link org.castellan.gateway.ModemDirectory}, keeps one
 * {@link org.castellan.gateway.ModemSession} per (IMEI, channel) where the newest connection wins, and relays each
 * modem to its pollers under the modem's {@link org.castellan.gateway.SharingPolicy} (exclusive, turns, broadcast).
 * Pollers reach a modem on its own TCP poller port, on the shared poller port (their first line names the modem), or
 * in-process through a {@link org.castellan.gateway.ModemChannel} (a TEM-106 reader through
 * {@link org.castellan.gateway.ModemLink}); COLPROT modems' 0x0C commands go through
 * {@link org.castellan.gateway.ModemCommands}.
 *
 * <p>Transport only: decoding is {@code org.castellan.irz}'s; recording sessions, connection history and poller ports
 * is the platform's, through {@link org.castellan.gateway.SessionListener} and
 * {@link org.castellan.gateway.ModemDirectory}; metrics through
 * {@link org.castellan.gateway.GatewayCounters#snapshot()}.
 */
package org.castellan.gateway;
