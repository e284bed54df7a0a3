package org.castellan.gsm.pdu;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An SMS-SUBMIT TPDU (3GPP TS 23.040 §9.2.2.2) as AT+CMGS takes it in PDU mode (TS 27.005 §3.5.1), preceded by the
 * service centre address (empty: the SIM's). One part of a message: a longer text is several of these, each with a
 * {@link Concatenation} element in its header (see {@link SmsComposer}).
 *
 * <p>Only texts: the data coding must name the GSM 7 bit default alphabet or UCS-2, uncompressed. The constructor
 * checks that the text is in the alphabet and that header and text fit in the 140 octets of TP-UD, so every instance
 * encodes.
 *
 * @param serviceCentre       the SMSC address, or empty for the one stored on the SIM
 * @param rejectDuplicates    TP-RD
 * @param statusReportRequest TP-SRR
 * @param replyPath           TP-RP
 * @param messageReference    TP-MR, 0–255 (0 lets the modem choose; it answers with its own in {@code +CMGS: <mr>})
 * @param destination         TP-DA
 * @param protocolIdentifier  TP-PID, 0–255 (0: plain short message)
 * @param dataCoding          TP-DCS
 * @param validity            TP-VP and its format TP-VPF
 * @param header              the user data header's elements; empty for none (TP-UDHI clear)
 * @param text                the message text of this part
 */
public record SmsSubmit(
        Optional<PhoneNumber> serviceCentre,
        boolean rejectDuplicates,
        boolean statusReportRequest,
        boolean replyPath,
        int messageReference,
        PhoneNumber destination,
        int protocolIdentifier,
        DataCodingScheme dataCoding,
        ValidityPeriod validity,
        List<InformationElement> header,
        String text) {

    /** Octets of TP-UD in one message (TS 23.040 §9.2.3.16). */
    public static final int MAX_USER_DATA_OCTETS = 140;
    /** Septets of TP-UD in one GSM 7 bit message: 140 × 8 / 7. */
    public static final int MAX_USER_DATA_SEPTETS = 160;

    public SmsSubmit {
        Objects.requireNonNull(serviceCentre, "serviceCentre");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(dataCoding, "dataCoding");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(text, "text");
        header = List.copyOf(header);
        requireOctet(messageReference, "TP-MR");
        requireOctet(protocolIdentifier, "TP-PID");
        if (dataCoding.alphabet() == Alphabet.EIGHT_BIT || dataCoding.compressed()) {
            throw new IllegalArgumentException("TP-DCS " + dataCoding + ": only uncompressed GSM 7 bit or UCS-2 text");
        }
        if (dataCoding.alphabet() == Alphabet.GSM_7BIT && !Gsm7Alphabet.canEncode(text)) {
            Gsm7Alphabet.encode(text); // throws, naming the character
        }
        UserData.requireFits(dataCoding.alphabet(), header, text);
    }

    /** @return a single-part text message with the defaults of {@link SubmitOptions#defaults()} and TP-MR 0 */
    public static SmsSubmit of(PhoneNumber destination, String text) {
        return SmsComposer.compose(destination, text, 0, SubmitOptions.defaults()).getFirst();
    }

    /** @return the alphabet of the text */
    public Alphabet alphabet() {
        return dataCoding.alphabet();
    }

    /** @return where this part sits in a concatenated message, if its header says so */
    public Optional<Concatenation> concatenation() {
        return Concatenation.in(header);
    }

    /** @return TP-UDL: septets (GSM 7 bit) or octets (UCS-2) of header and text together */
    public int userDataLength() {
        return UserData.length(alphabet(), header, text);
    }

    private static void requireOctet(int value, String field) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(field + " must be 0–255, not " + value);
        }
    }
}
