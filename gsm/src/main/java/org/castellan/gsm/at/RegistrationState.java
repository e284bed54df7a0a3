package org.castellan.gsm.at;

/** {@code <stat>} of {@code +CREG} (3GPP TS 27.007 §7.2): whether the modem is on a network. */
public enum RegistrationState {
    NOT_SEARCHING(0, false),
    HOME(1, true),
    SEARCHING(2, false),
    DENIED(3, false),
    UNKNOWN(4, false),
    ROAMING(5, true),
    HOME_SMS_ONLY(6, true),
    ROAMING_SMS_ONLY(7, true),
    EMERGENCY_ONLY(8, false),
    HOME_CSFB_NOT_PREFERRED(9, true),
    ROAMING_CSFB_NOT_PREFERRED(10, true);

    private final int code;
    private final boolean registered;

    RegistrationState(int code, boolean registered) {
        this.code = code;
        this.registered = registered;
    }

    /** @return {@code <stat>} as the modem sends it */
    public int code() {
        return code;
    }

    /** @return whether the modem can send messages: registered on the home network or roaming */
    public boolean registered() {
        return registered;
    }

    /** @return the state with {@code <stat>} {@code code}, or null if none */
    static RegistrationState ofCode(int code) {
        return code >= 0 && code < values().length ? values()[code] : null;
    }
}
