package org.castellan.gsm.pdu;

import java.time.Duration;
import java.util.Objects;

/**
 * TP-Validity-Period of an SMS-SUBMIT (3GPP TS 23.040 §9.2.3.12): how long the service centre keeps trying to deliver.
 * The format is bits 4–3 of the first octet (TP-VPF): none, relative (one octet), enhanced or absolute (seven octets,
 * kept as sent).
 */
public sealed interface ValidityPeriod {

    /** TP-VPF value for the first octet of the PDU (bits 4–3, already shifted). */
    int format();

    /** The TP-VP octets that follow TP-DCS. */
    Octets octets();

    /** No validity period: the service centre's default. */
    record None() implements ValidityPeriod {
        @Override
        public int format() {
            return 0x00;
        }

        @Override
        public Octets octets() {
            return Octets.of();
        }
    }

    /**
     * Relative format: one octet, 0–143 in 5-minute steps up to 12 h, 144–167 in half hours up to 24 h, 168–196 in
     * days, 197–255 in weeks (§9.2.3.12.1). 0xAA (170) is four days, the value most PDU examples use.
     *
     * @param code 0–255
     */
    record Relative(int code) implements ValidityPeriod {
        /** Four days (0xAA). */
        public static final Relative FOUR_DAYS = new Relative(0xAA);

        public Relative {
            if (code < 0 || code > 0xFF) {
                throw new IllegalArgumentException("relative TP-VP must be 0–255, not " + code);
            }
        }

        /** @return the shortest code whose period is at least {@code period} (63 weeks at most) */
        public static Relative atLeast(Duration period) {
            for (int code = 0; code < 256; code++) {
                if (new Relative(code).period().compareTo(period) >= 0) {
                    return new Relative(code);
                }
            }
            return new Relative(255);
        }

        /** @return the period the code stands for */
        public Duration period() {
            if (code <= 143) {
                return Duration.ofMinutes((code + 1) * 5L);
            }
            if (code <= 167) {
                return Duration.ofHours(12).plusMinutes((code - 143) * 30L);
            }
            if (code <= 196) {
                return Duration.ofDays(code - 166L);
            }
            return Duration.ofDays((code - 192) * 7L);
        }

        @Override
        public int format() {
            return 0x10;
        }

        @Override
        public Octets octets() {
            return Octets.of((byte) code);
        }
    }

    /** Enhanced format (§9.2.3.12.3): seven octets, kept as sent. */
    record Enhanced(Octets octets) implements ValidityPeriod {
        public Enhanced {
            requireSeven(octets, "enhanced");
        }

        @Override
        public int format() {
            return 0x08;
        }
    }

    /** Absolute format (§9.2.3.12.2): a time stamp in seven semi-octet-swapped octets, kept as sent. */
    record Absolute(Octets octets) implements ValidityPeriod {
        public Absolute {
            requireSeven(octets, "absolute");
        }

        @Override
        public int format() {
            return 0x18;
        }
    }

    private static void requireSeven(Octets octets, String format) {
        Objects.requireNonNull(octets, "octets");
        if (octets.length() != 7) {
            throw new IllegalArgumentException(format + " TP-VP must be 7 octets, not " + octets.length());
        }
    }
}
