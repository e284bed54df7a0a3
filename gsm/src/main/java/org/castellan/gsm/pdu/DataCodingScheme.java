package org.castellan.gsm.pdu;

/**
 * The TP-Data-Coding-Scheme octet (3GPP TS 23.038 §4), kept as sent so that a decoded PDU encodes back to the same
 * octet; {@link #alphabet()} reads it.
 *
 * @param value 0x00–0xFF
 */
public record DataCodingScheme(int value) {

    /** General data coding, no class: the GSM 7 bit default alphabet. */
    public static final DataCodingScheme GSM_7BIT = new DataCodingScheme(0x00);
    /** General data coding, no class: UCS-2. */
    public static final DataCodingScheme UCS2 = new DataCodingScheme(0x08);

    public DataCodingScheme {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("TP-DCS must be 0x00–0xFF, not " + value);
        }
    }

    /** @return the plain (no class, uncompressed) scheme for {@code alphabet} */
    public static DataCodingScheme of(Alphabet alphabet) {
        return switch (alphabet) {
            case GSM_7BIT -> GSM_7BIT;
            case EIGHT_BIT -> new DataCodingScheme(0x04);
            case UCS2 -> UCS2;
        };
    }

    /**
     * @return the alphabet the groups of TS 23.038 §4 give; reserved groups and the reserved alphabet value mean the
     *     GSM 7 bit default alphabet, as the same section requires
     */
    public Alphabet alphabet() {
        int group = value >>> 4;
        if (group <= 0x7) {
            return switch ((value >>> 2) & 0x03) {
                case 1 -> Alphabet.EIGHT_BIT;
                case 2 -> Alphabet.UCS2;
                default -> Alphabet.GSM_7BIT;
            };
        }
        return switch (group) {
            case 0xE -> Alphabet.UCS2;
            case 0xF -> (value & 0x04) != 0 ? Alphabet.EIGHT_BIT : Alphabet.GSM_7BIT;
            default -> Alphabet.GSM_7BIT;
        };
    }

    /** @return whether the text is compressed (general data coding groups, bit 5); the codec does not decompress */
    public boolean compressed() {
        return (value & 0x80) == 0 && (value & 0x20) != 0;
    }

    @Override
    public String toString() {
        return String.format("0x%02X (%s)", value, alphabet());
    }
}
