/**
 * The iRZ modem gateway: a Netty listener that identifies each modem connection with the {@code irz} chain, keeps one
 * {@link org.castellan.gateway.ModemSession} per (IMEI, channel) where the newest connection wins, and relays each
 * modem to the pollers that connect to its own TCP poller port, one request at a time ("turns"). In-process callers
 * take part in the same turns through a {@link org.castellan.gateway.ModemChannel} (a TEM-106 reader through
 * {@link org.castellan.gateway.ModemLink}), and reach a COLPROT modem's 0x0C commands through
 * {@link org.castellan.gateway.ModemCommands}.
 *
 * <p>Transport only: decoding is {@code org.castellan.irz}'s; recording sessions is the platform's, through
 * {@link org.castellan.gateway.SessionListener} and {@link org.castellan.gateway.PortAssignments}.
 */
package org.castellan.gateway;
