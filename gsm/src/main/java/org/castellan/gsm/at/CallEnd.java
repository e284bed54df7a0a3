package org.castellan.gsm.at;

/** The result codes that end or refuse a call (ITU-T V.250 §5.7.1, TS 27.007 §6.2). */
public enum CallEnd {
    /** {@code NO CARRIER}: the call ended, was refused, or could not be set up. */
    NO_CARRIER("NO CARRIER"),
    /** {@code BUSY}: the called party is busy or rejected the call. */
    BUSY("BUSY"),
    /** {@code NO ANSWER}: nobody answered before the network gave up. */
    NO_ANSWER("NO ANSWER"),
    /** {@code NO DIALTONE}: no network to dial on. */
    NO_DIALTONE("NO DIALTONE");

    private final String resultCode;

    CallEnd(String resultCode) {
        this.resultCode = resultCode;
    }

    /** @return the result code as the modem prints it */
    public String resultCode() {
        return resultCode;
    }
}
