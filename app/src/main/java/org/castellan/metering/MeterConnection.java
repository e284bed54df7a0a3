package org.castellan.metering;

/** How Castellan reaches a meter. */
public enum MeterConnection {
    /** Through a GPRS modem connected to this platform's gateway (in-process; the modem's serial side is the line). */
    MODEM,
    /** Direct TCP to a serial server (e.g. a Moxa NPort) or a meter's Ethernet adapter: host and port. */
    TCP,
    /** A local serial port (RS-232/RS-485 adapter) of the machine Castellan runs on. */
    SERIAL
}
