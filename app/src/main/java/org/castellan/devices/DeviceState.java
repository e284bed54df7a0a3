package org.castellan.devices;

/**
 * Whether a device is doing its job. UNKNOWN until its edge has reported once; FAULT when it keeps talking but
 * reports a fault of its own (a meter error, a reader's tamper or sensor failure): it is not active, and alarm
 * rules treat it as they treat OFFLINE.
 */
public enum DeviceState {
    UNKNOWN, ONLINE, OFFLINE, FAULT;

    /** Whether the device is connected and doing its job. */
    public boolean active() {
        return this == ONLINE;
    }
}
