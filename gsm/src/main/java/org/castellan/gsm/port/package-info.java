/**
 * Transports to the local GSM modem: the {@link org.castellan.gsm.port.AtPort} interface (write bytes; read with a
 * timeout; close) and its serial (jSerialComm, 8N1, 115200 baud by default), TCP (a serial device server such as
 * ser2net) and in-memory implementations, and {@link org.castellan.gsm.port.AtPortUrl} for naming one as
 * {@code serial:/dev/ttyUSB0?baud=115200} or {@code tcp://host:port}. Ports move bytes; lines, commands and timeouts
 * are the session's.
 */
package org.castellan.gsm.port;
