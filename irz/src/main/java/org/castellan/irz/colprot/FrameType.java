package org.castellan.irz.colprot;

/**
 * The known COLPROT frame types (irz-modem.md §3). A type byte outside this list decodes as {@link #UNKNOWN}; the
 * frame keeps the byte itself ({@link ColprotFrame#typeCode()}), so nothing a modem sends is lost.
 */
public enum FrameType {
    /** Transparent meter data: the server wraps poller bytes in it, the modem wraps meter bytes. */
    METER_DATA(0x01),
    /** Keep-alive from the modem, payload {@code B5 BC BD BE BF}; needs no reply. */
    KEEP_ALIVE(0x02),
    /** Firmware session (AT-command dialogue). */
    FIRMWARE(0x04),
    /** Settings session (AT-command dialogue). */
    SETTINGS(0x05),
    /** Command and answer (§5). */
    COMMAND(0x0C),
    /** Any other type byte. */
    UNKNOWN(-1);

    private final int code;

    FrameType(int code) {
        this.code = code;
    }

    /**
     * @return the type byte
     * @throws IllegalStateException for {@link #UNKNOWN}, which has no single code
     */
    public int code() {
        if (this == UNKNOWN) {
            throw new IllegalStateException("FrameType.UNKNOWN has no code; use ColprotFrame.typeCode()");
        }
        return code;
    }

    /** @return the type for a type byte 0–255, {@link #UNKNOWN} when it is not a known one */
    public static FrameType of(int code) {
        for (FrameType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
