package org.castellan.devices;

/** Whether the platform hears from a device. UNKNOWN until its edge has reported once. */
public enum DeviceState {
    UNKNOWN, ONLINE, OFFLINE
}
