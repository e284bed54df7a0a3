package org.castellan.irz.ident;

/**
 * What the server tells a modem right after its identification line (irz-modem.md §2): the session kind.
 * {@link GreetingCodec} writes it with the time in front.
 */
public sealed interface Greeting {

    /** {@code MOD=DAT}: normal data mode. */
    record DataMode() implements Greeting {
    }

    /**
     * {@code MOD=SET,PSW=…}: a remote configuration session.
     *
     * @param password the modem password (factory 5492)
     */
    record SettingsSession(String password) implements Greeting {
        /** @throws IllegalArgumentException if the password could break the line */
        public SettingsSession {
            GreetingCodec.checkPassword(password);
        }
    }

    /**
     * {@code MOD=FRM,PSW=…,PAG=nnnn}: a firmware session.
     *
     * @param password the modem password
     * @param page     the firmware page 0–9999, written as four digits
     */
    record FirmwareSession(String password, int page) implements Greeting {
        /** @throws IllegalArgumentException if the password could break the line or the page is out of range */
        public FirmwareSession {
            GreetingCodec.checkPassword(password);
            if (page < 0 || page > 9999) {
                throw new IllegalArgumentException("PAG: expected 0–9999, found " + page);
            }
        }
    }
}
