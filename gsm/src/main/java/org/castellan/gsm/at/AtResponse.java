package org.castellan.gsm.at;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One line from a modem, parsed by {@link AtResponses#parse}: a final result code that ends a command (ITU-T V.250
 * §5.7, TS 27.007 §9.2, TS 27.005 §3.2.5), information text of the commands this module sends, or an unsolicited
 * result code. Immutable.
 */
public sealed interface AtResponse {

    /** A result that ends the command in progress. */
    sealed interface Final extends AtResponse {
        /** @return whether the command succeeded */
        default boolean ok() {
            return this instanceof Ok;
        }
    }

    /** {@code OK}. */
    record Ok() implements Final {
    }

    /** {@code ERROR}: the command failed and the modem says no more (AT+CMEE=0, or a syntax error). */
    record Error() implements Final {
    }

    /**
     * {@code +CME ERROR: <n>}: a mobile equipment or network error (TS 27.007 §9.2).
     *
     * @param code    the number, or empty when the modem printed only text (AT+CMEE=2) this table does not know
     * @param meaning what the number means ({@link ErrorCodes#cme}), or the modem's text
     */
    record CmeError(OptionalInt code, String meaning) implements Final {
        public CmeError {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(meaning, "meaning");
        }

        /** @return the error for a number, with its meaning from {@link ErrorCodes} */
        public static CmeError of(int code) {
            return new CmeError(OptionalInt.of(code), ErrorCodes.cme(code));
        }

        @Override
        public String toString() {
            return "+CME ERROR: " + (code.isPresent() ? code.getAsInt() + " (" + meaning + ")" : meaning);
        }
    }

    /**
     * {@code +CMS ERROR: <n>}: a message service error (TS 27.005 §3.2.5).
     *
     * @param code    the number, or empty when the modem printed only text this table does not know
     * @param meaning what the number means ({@link ErrorCodes#cms}), or the modem's text
     */
    record CmsError(OptionalInt code, String meaning) implements Final {
        public CmsError {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(meaning, "meaning");
        }

        /** @return the error for a number, with its meaning from {@link ErrorCodes} */
        public static CmsError of(int code) {
            return new CmsError(OptionalInt.of(code), ErrorCodes.cms(code));
        }

        @Override
        public String toString() {
            return "+CMS ERROR: " + (code.isPresent() ? code.getAsInt() + " (" + meaning + ")" : meaning);
        }
    }

    /**
     * {@code NO CARRIER}, {@code BUSY}, {@code NO ANSWER}, {@code NO DIALTONE}: how a call ended or failed. The final
     * result of a dial command; also unsolicited, when the other side hangs up a call in progress.
     */
    record CallEnded(CallEnd reason) implements Final {
        public CallEnded {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** {@code +CMGS: <mr>}: the message reference the modem gave a sent message (TS 27.005 §3.5.1), 0–255. */
    record MessageReference(int value) implements AtResponse {
    }

    /**
     * {@code +CSQ: <rssi>,<ber>} (TS 27.007 §8.5).
     *
     * @param rssi 0–31 (−113 dBm to −51 dBm and above in 2 dB steps) or 99 (not known)
     * @param ber  0–7 or 99 (not known)
     */
    record SignalQuality(int rssi, int ber) implements AtResponse {
        /** @return the received signal strength, when known */
        public OptionalInt dbm() {
            return rssi == 99 ? OptionalInt.empty() : OptionalInt.of(-113 + 2 * rssi);
        }
    }

    /**
     * {@code +CREG: [<n>,]<stat>[,<lac>,<ci>[,<AcT>]]} (TS 27.007 §7.2): the read command's answer carries
     * {@code <n>}, the unsolicited code does not.
     *
     * @param mode         {@code <n>}, the unsolicited reporting mode, in the read command's answer only
     * @param state        {@code <stat>}
     * @param locationArea {@code <lac>} as sent (hex), when reported
     * @param cellId       {@code <ci>} as sent (hex), when reported
     */
    record Registration(OptionalInt mode, RegistrationState state, Optional<String> locationArea,
            Optional<String> cellId) implements AtResponse {
        public Registration {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(locationArea, "locationArea");
            Objects.requireNonNull(cellId, "cellId");
        }
    }

    /** {@code +CPIN: <code>} (TS 27.007 §8.3): {@code READY}, or which PIN the SIM waits for. */
    record PinStatus(String code) implements AtResponse {
        /** @return whether the SIM needs no PIN */
        public boolean ready() {
            return "READY".equals(code);
        }
    }

    /** {@code RING}: an incoming call (unsolicited). */
    record Ring() implements AtResponse {
    }

    /** Any other line: information text ({@code ATI}, {@code AT+CGMM}), an echoed command, an unknown URC. */
    record Text(String line) implements AtResponse {
    }
}
