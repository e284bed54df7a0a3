package org.castellan.devices;

/** What a device is; protocol modules add behaviour per kind. */
public enum DeviceKind {
    /** A GPRS modem (iRZ ATM) connecting to the gateway. */
    MODEM,
    /** A heat meter (TEM-106), usually behind a modem or on a serial line. */
    HEAT_METER,
    /** An access reader (palm-vein or card) under the software controller. */
    READER,
    /** A time-attendance terminal pushing to the ADMS endpoint. */
    ATTENDANCE_TERMINAL,
    /** The dispatch centre's own GSM modem for SMS and calls. */
    GSM_MODEM,
    /** Any other security-system equipment kept for maintenance. */
    EQUIPMENT
}
